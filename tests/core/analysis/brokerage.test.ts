import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../src/core/analysis/brokerage';
import { indexOf, valuesById } from './network-fixtures';

const roles = (
  fields: Partial<
    Record<'coordinator' | 'itinerant' | 'gatekeeper' | 'representative' | 'liaison', number>
  >,
) => {
  const all = {
    coordinator: 0,
    itinerant: 0,
    gatekeeper: 0,
    representative: 0,
    liaison: 0,
    ...fields,
  };
  return { ...all, total: Object.values(all).reduce((s, v) => s + v, 0) };
};

describe('Gould–Fernandez brokerage roles, counted both ways on undirected ties', () => {
  const broker = (sectors: Record<string, string>) =>
    valuesById(
      indexOf(
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
        sectors,
      ),
      brokerage(
        indexOf(
          [
            ['a', 'b'],
            ['b', 'c'],
          ],
          sectors,
        ),
      ),
    ).b;

  it('coordinates inside its own sector', () => {
    expect(broker({ a: 'X', b: 'X', c: 'X' })).toEqual(roles({ coordinator: 2 }));
  });

  it('is itinerant between two partners of another sector', () => {
    expect(broker({ a: 'X', b: 'Y', c: 'X' })).toEqual(roles({ itinerant: 2 }));
  });

  it('is gatekeeper one way and representative the other between its own and another sector', () => {
    expect(broker({ a: 'X', b: 'X', c: 'Y' })).toEqual(roles({ gatekeeper: 1, representative: 1 }));
  });

  it('is liaison between three sectors', () => {
    expect(broker({ a: 'X', b: 'Y', c: 'Z' })).toEqual(roles({ liaison: 2 }));
  });

  it('brokers nothing between partners who cooperate directly', () => {
    const index = indexOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
      { a: 'X', b: 'Y', c: 'Z' },
    );
    expect(brokerage(index).every((r) => r.total === 0)).toBe(true);
  });
});
