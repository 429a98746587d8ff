import { describe, expect, it } from 'vitest';
import { tieCounts } from '../../../src/core/model/tie-counts';

describe('tieCounts', () => {
  it('counts each tie for both its partners, and lists no partner without one', () => {
    const counts = tieCounts([
      { source: 'a', target: 'b' },
      { source: 'a', target: 'c' },
      { source: 'c', target: 'a' },
    ]);
    expect([...counts].sort()).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 2],
    ]);
    expect(tieCounts([]).size).toBe(0);
  });
});
