import { describe, expect, it } from 'vitest';
import { changeLabel } from '../../../src/app/history';
import {
  applyEdit,
  applyImport,
  emptyState,
  type NetworkState,
} from '../../../src/app/store/state';
import { mergePartners } from '../../../src/core/doubles/merge-partners';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

const caritas: Network = {
  partners: [
    createPartner({ id: 'C1', name: 'Caritas e.V.', sector: 'Beratung' }),
    createPartner({ id: 'C2', name: 'Caritasverband', sector: 'Beratung' }),
    createPartner({ id: 'JA', name: 'Jugendamt Bonn', sector: 'Kinder- und Jugendhilfe' }),
  ],
  cooperations: [
    createCooperation({ source: 'C1', target: 'JA', intensity: 2 }),
    createCooperation({ source: 'C2', target: 'JA', intensity: 4 }),
  ],
};

function opened(): NetworkState {
  return applyImport(
    { network: caritas, offers: [], memberships: [], problems: [], fatal: false },
    'Bonn',
  )(emptyState);
}

/** The merge as the doubles view hands it to the store. */
function mergeInStore(state: NetworkState, keepId: string, dropId: string): NetworkState {
  const merged = mergePartners(state.history.present.state, keepId, dropId);
  return applyEdit(
    { network: merged.network },
    changeLabel('merge-partners', { description: `${keepId} + ${dropId}` }),
  )(state);
}

describe('a merge that cannot be done', () => {
  it.each([
    ['the entry to drop is unknown', 'C1', 'C9'],
    ['the entry to keep is unknown', 'C9', 'C2'],
    ['both are the same entry', 'C1', 'C1'],
    ['the id is an Object.prototype name', 'C1', 'constructor'],
  ])('changes nothing when %s', (_case, keepId, dropId) => {
    expect(mergePartners(caritas, keepId, dropId)).toEqual({ network: caritas, conflicts: [] });
    expect(mergePartners(caritas, keepId, dropId).network).toBe(caritas);

    const before = opened();
    const after = mergeInStore(before, keepId, dropId);
    expect(after.history).toBe(before.history);
    expect(after.revision).toBe(before.revision);
    expect(after.history.past).toHaveLength(0);
    expect(after).toBe(before);
  });

  it('is a real check: a merge that can be done is one undoable step', () => {
    const before = opened();
    const after = mergeInStore(before, 'C1', 'C2');
    expect(after.history.past).toHaveLength(1);
    expect(after.history.present.state.partners.map((p) => p.id)).toEqual(['C1', 'JA']);
    expect(after.revision).toBe(before.revision + 1);
  });
});
