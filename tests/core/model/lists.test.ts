import { describe, expect, it } from 'vitest';
import { listIn } from '../../../src/core/model/lists';

describe('listIn', () => {
  it('makes a key’s list the first time and gives back the same list after', () => {
    const lists = new Map<string, number[]>();
    listIn(lists, 'a').push(1);
    listIn(lists, 'b').push(2);
    listIn(lists, 'a').push(3);
    expect([...lists]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
    expect(listIn(lists, 'a')).toBe(lists.get('a'));
    expect(listIn(lists, 'c')).toEqual([]);
    expect(lists.has('c')).toBe(true);
  });
});
