import { describe, expect, it } from 'vitest';
import { removeStand, takeStand } from '../../../src/app/compare/stands';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

const network = (): Network => ({
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt Auenstadt', offers: ['Willkommensbesuch'] }),
    createPartner({ id: 'K1', name: 'Kita Sonnenschein' }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'K1', intensity: 2 })],
});
const source = (n: Network) => ({
  network: n,
  offers: [
    { partner: 'JA', offer: 'Willkommensbesuch', socialArea: 'Nord', targetGroup: 'Eltern 0–3' },
  ],
  memberships: [{ partner: 'K1', committee: 'AK Frühe Hilfen' }],
});

describe('the Stände of a network', () => {
  it('keeps "Stand 2024" and "Stand 2025" oldest first, with the day each was taken', () => {
    const stands = takeStand(
      'Stand 2025',
      '2025-03-14T09:00:00.000Z',
      source(network()),
    )(takeStand('Stand 2024', '2024-03-12T09:00:00.000Z', source(network()))([]));
    expect(stands.map((s) => [s.name, s.taken])).toEqual([
      ['Stand 2024', '2024-03-12T09:00:00.000Z'],
      ['Stand 2025', '2025-03-14T09:00:00.000Z'],
    ]);
    expect(stands[0]?.offers).toHaveLength(1);
    expect(stands[0]?.memberships).toEqual([{ partner: 'K1', committee: 'AK Frühe Hilfen' }]);
  });

  it('keeps a copy that later edits of the network leave as it was', () => {
    const current = network();
    const [stand] = takeStand('Stand 2025', '2025-03-14T09:00:00.000Z', source(current))([]);
    current.partners[0]!.offers.push('Elterncafé');
    current.cooperations[0]!.intensity = 4;
    current.partners.push(createPartner({ id: 'H', name: 'Hebamme Meier' }));
    expect(stand?.network.partners).toHaveLength(2);
    expect(stand?.network.partners[0]?.offers).toEqual(['Willkommensbesuch']);
    expect(stand?.network.cooperations[0]?.intensity).toBe(2);
  });

  it('leaves the list it was given untouched and trims the name', () => {
    const before = takeStand('Stand 2024', '2024-03-12T09:00:00.000Z', source(network()))([]);
    const after = takeStand('  Stand 2025 ', '2025-03-14T09:00:00.000Z', source(network()))(before);
    expect(before).toHaveLength(1);
    expect(after[1]?.name).toBe('Stand 2025');
  });

  it('deletes one Stand and keeps the others in order', () => {
    const stands = ['Stand 2023', 'Stand 2024', 'Stand 2025'].reduce(
      (list, name) => takeStand(name, '2025-01-01T00:00:00.000Z', source(network()))(list),
      [] as ReturnType<ReturnType<typeof takeStand>>,
    );
    expect(removeStand(1)(stands).map((s) => s.name)).toEqual(['Stand 2023', 'Stand 2025']);
    expect(removeStand(7)(stands)).toEqual(stands);
  });
});
