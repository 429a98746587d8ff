import { describe, expect, it } from 'vitest';
import { mergePartners } from '../../../src/core/doubles/merge-partners';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

const network: Network = {
  partners: [
    createPartner({
      id: 'C1',
      name: 'Caritasverband für den Kreis e.V.',
      municipality: 'Viersen',
      type: 'Wohlfahrtsverband',
    }),
    createPartner({
      id: 'C2',
      name: 'Caritas-Verband f. d. Kreis e. V.',
      municipality: 'Viersen',
      carrier: 'Caritas',
      type: 'Beratung',
    }),
    createPartner({ id: 'JA', name: 'Jugendamt' }),
    createPartner({ id: 'GA', name: 'Gesundheitsamt' }),
    createPartner({ id: 'SPZ', name: 'SPZ' }),
  ],
  cooperations: [
    createCooperation({ source: 'C1', target: 'JA', intensity: 2 }),
    createCooperation({ source: 'JA', target: 'C2', intensity: 4, formal: true }),
    createCooperation({ source: 'C2', target: 'GA', intensity: 3 }),
    createCooperation({ source: 'C1', target: 'C2', intensity: 1 }),
    createCooperation({ source: 'GA', target: 'SPZ', intensity: 2 }),
  ],
};

describe('mergePartners', () => {
  it('keeps every tie, re-pointed to the kept entry, parallel ones merged with the higher intensity', () => {
    const { network: merged } = mergePartners(network, 'C1', 'C2');
    expect(merged.partners.map((p) => p.id)).toEqual(['C1', 'JA', 'GA', 'SPZ']);
    expect(
      merged.cooperations.map(({ source, target, intensity, formal }) => ({
        source,
        target,
        intensity,
        formal,
      })),
    ).toEqual([
      { source: 'C1', target: 'JA', intensity: 4, formal: true },
      { source: 'GA', target: 'SPZ', intensity: 2, formal: false },
      { source: 'C1', target: 'GA', intensity: 3, formal: false },
    ]);
  });

  it('fills empty fields and reports conflicting ones for the user to decide', () => {
    const { network: merged, conflicts } = mergePartners(network, 'C1', 'C2');
    expect(merged.partners[0]?.carrier).toBe('Caritas');
    expect(conflicts).toEqual([
      {
        field: 'name',
        kept: 'Caritasverband für den Kreis e.V.',
        dropped: 'Caritas-Verband f. d. Kreis e. V.',
      },
      { field: 'type', kept: 'Wohlfahrtsverband', dropped: 'Beratung' },
    ]);
    const chosen = mergePartners(network, 'C1', 'C2', new Map([['type', 'drop']]));
    expect(chosen.network.partners[0]?.type).toBe('Beratung');
    expect(chosen.conflicts.map((c) => c.field)).toEqual(['name']);
  });

  it('leaves the network untouched for an unknown id and does not change its input', () => {
    const before = JSON.stringify(network);
    expect(mergePartners(network, 'C1', 'nope').network).toBe(network);
    mergePartners(network, 'C1', 'C2');
    expect(JSON.stringify(network)).toBe(before);
  });
});
