import { describe, expect, it } from 'vitest';
import { mergeNetworks } from '../../../src/core/import';
import { createCooperation, createPartner } from '../../../src/core/model/types';

const current = {
  partners: [
    createPartner({ id: 'P1', name: 'Jugendamt', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'P2', name: 'Geburtsklinik' }),
  ],
  cooperations: [createCooperation({ source: 'P1', target: 'P2', intensity: 2 })],
};

describe('mergeNetworks ("add or update" instead of "replace")', () => {
  it('updates partners matched by ID or name, adds new ones, and says what changed', () => {
    const incoming = {
      partners: [
        createPartner({ id: 'X7', name: ' geburtsklinik ', sector: 'Gesundheitswesen' }),
        createPartner({ id: 'P1', name: 'Jugendamt' }),
        createPartner({ id: 'P3', name: 'Hebamme Schulz' }),
      ],
      cooperations: [
        createCooperation({ source: 'P1', target: 'X7', intensity: 4 }),
        createCooperation({ source: 'P3', target: 'P1', intensity: 1 }),
      ],
    };
    const merged = mergeNetworks(current, incoming);
    expect(merged.addedPartners).toEqual(['P3']);
    expect(merged.updatedPartners).toEqual(['P2']);
    expect(merged.network.partners.map((p) => [p.id, p.name, p.sector])).toEqual([
      ['P1', 'Jugendamt', 'Kinder- und Jugendhilfe'],
      ['P2', ' geburtsklinik ', 'Gesundheitswesen'],
      ['P3', 'Hebamme Schulz', ''],
    ]);
    expect(merged.updatedCooperations).toEqual([['P1', 'P2']]);
    expect(merged.addedCooperations).toEqual([['P3', 'P1']]);
    expect(merged.network.cooperations.map((c) => [c.source, c.target, c.intensity])).toEqual([
      ['P1', 'P2', 4],
      ['P3', 'P1', 1],
    ]);
    expect(current.partners[1]?.sector).toBe('');
  });

  it('merging a network into itself changes nothing', () => {
    const merged = mergeNetworks(current, current);
    expect(merged).toMatchObject({
      addedPartners: [],
      updatedPartners: [],
      addedCooperations: [],
      updatedCooperations: [],
    });
    expect(JSON.stringify(merged.network)).toBe(JSON.stringify(current));
  });
});
