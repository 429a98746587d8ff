import { describe, expect, it } from 'vitest';
import { mergeImport } from '../../../src/app/import/merge-import';
import type { ImportResult } from '../../../src/core/import/types';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

const current: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt Viersen', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'GK', name: 'Geburtsklinik St. Irmgardis' }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'GK', intensity: 2 })],
};

/** A second list from a colleague: the clinic under another ID, a new midwife, a closer tie. */
function incoming(): ImportResult {
  const network: Network = {
    partners: [
      createPartner({ id: 'P7', name: 'geburtsklinik st. irmgardis', sector: 'Gesundheitswesen' }),
      createPartner({ id: 'P8', name: 'Familienhebamme Müller' }),
      createPartner({ id: 'JA', name: 'Jugendamt Viersen' }),
    ],
    cooperations: [
      createCooperation({ source: 'JA', target: 'P7', intensity: 4 }),
      createCooperation({ source: 'P8', target: 'P7', intensity: 3 }),
    ],
  };
  return {
    network,
    offers: [{ partner: 'P7', offer: 'Babylotse', socialArea: 'Süchteln', targetGroup: '' }],
    memberships: [{ partner: 'P8', committee: 'AK Frühe Hilfen' }],
    problems: [],
    interpretations: [],
    fatal: false,
    summary: {
      partners: 3,
      cooperations: 2,
      offers: 1,
      memberships: 1,
      problemsByCode: {},
      files: [],
    },
  };
}

describe('adding an import to the current network', () => {
  it('finds the clinic under its name, adds the midwife, updates the closer tie', () => {
    const { changes, result } = mergeImport(current, incoming());
    expect(changes.addedPartners).toEqual(['P8']);
    expect(changes.updatedPartners).toEqual(['GK']);
    expect(changes.addedCooperations).toEqual([['P8', 'GK']]);
    expect(changes.updatedCooperations).toEqual([['JA', 'GK']]);
    expect(result.network.partners).toHaveLength(3);
    expect(result.network.partners.find((p) => p.id === 'GK')?.sector).toBe('Gesundheitswesen');
  });

  it('offers and memberships follow their partner to the ID it has in the merged network', () => {
    const { result } = mergeImport(current, incoming());
    expect(result.offers.map((o) => o.partner)).toEqual(['GK']);
    expect(result.memberships.map((m) => m.partner)).toEqual(['P8']);
  });

  it('leaves the current network as it was', () => {
    const before = JSON.stringify(current);
    mergeImport(current, incoming());
    expect(JSON.stringify(current)).toBe(before);
  });
});
