import { describe, expect, it } from 'vitest';
import { brokerage, type BrokerageRoles } from '../../../src/core/analysis/brokerage';
import { indexOf, valuesById } from './network-fixtures';

const roles = (fields: Partial<Omit<BrokerageRoles, 'total'>>): BrokerageRoles => {
  const all = {
    coordinator: 0,
    itinerant: 0,
    gatekeeperOrRepresentative: 0,
    liaison: 0,
    withoutSector: 0,
    ...fields,
  };
  return { ...all, total: Object.values(all).reduce((s, v) => s + v, 0) };
};

describe('Gould–Fernandez brokerage roles on undirected ties, each brokered pair once', () => {
  const broker = (sectors: Record<string, string>) => {
    const index = indexOf(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      sectors,
    );
    return valuesById(index, brokerage(index)).b;
  };

  it('coordinates inside its own sector', () => {
    expect(broker({ a: 'X', b: 'X', c: 'X' })).toEqual(roles({ coordinator: 1 }));
  });

  it('is itinerant between two partners of another sector', () => {
    expect(broker({ a: 'X', b: 'Y', c: 'X' })).toEqual(roles({ itinerant: 1 }));
  });

  it('is gatekeeper or representative, one role, between its own and another sector', () => {
    expect(broker({ a: 'X', b: 'X', c: 'Y' })).toEqual(roles({ gatekeeperOrRepresentative: 1 }));
    expect(broker({ a: 'Y', b: 'X', c: 'X' })).toEqual(roles({ gatekeeperOrRepresentative: 1 }));
  });

  it('is liaison between three sectors', () => {
    expect(broker({ a: 'X', b: 'Y', c: 'Z' })).toEqual(roles({ liaison: 1 }));
  });

  it('puts a pair in no sector role when one of the three has no sector', () => {
    expect(broker({ a: 'X', b: '', c: 'X' })).toEqual(roles({ withoutSector: 1 }));
    expect(broker({ a: '', b: 'X', c: '' })).toEqual(roles({ withoutSector: 1 }));
    expect(broker({ a: 'X', b: 'X', c: '' })).toEqual(roles({ withoutSector: 1 }));
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
