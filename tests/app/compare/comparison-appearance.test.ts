import { describe, expect, it } from 'vitest';
import { comparisonAppearance } from '../../../src/app/compare/comparison-appearance';
import { tieKey } from '../../../src/app/filters/filters';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { compareNetworks } from '../../../src/core/compare';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

const partner = (id: string) => createPartner({ id, name: id });
const before: Network = {
  partners: ['JA', 'K1', 'SB'].map(partner),
  cooperations: [
    createCooperation({ source: 'JA', target: 'K1', intensity: 2 }),
    createCooperation({ source: 'K1', target: 'SB', intensity: 4 }),
    createCooperation({ source: 'JA', target: 'SB', intensity: 3 }),
  ],
};
const after: Network = {
  partners: ['JA', 'K1', 'H'].map(partner),
  cooperations: [
    createCooperation({ source: 'K1', target: 'JA', intensity: 4 }),
    createCooperation({ source: 'H', target: 'JA', intensity: 1 }),
  ],
};

describe('comparisonAppearance', () => {
  const appearance = comparisonAppearance(
    compareNetworks(before, after, { catalogue: defaultCatalogue() }),
  );

  it("keys new and changed ties as the map's filters do, whichever way round they are listed", () => {
    expect(appearance.newTies).toEqual(new Set([tieKey('JA', 'H')]));
    expect(appearance.stronger).toEqual(new Set([tieKey('JA', 'K1')]));
    expect(appearance.weaker).toEqual(new Set());
    expect(appearance.newPartners).toEqual(new Set(['H']));
  });

  it('gives lost ties as pairs of partner IDs, since the current graph no longer has them', () => {
    expect(appearance.lostTies).toEqual([
      ['JA', 'SB'],
      ['K1', 'SB'],
    ]);
  });
});
