import { beforeEach, describe, expect, it } from 'vitest';
import { takeStand } from '../../../src/app/compare/stands';
import {
  changeStands,
  standsFor,
  openStands,
  useStandStore,
} from '../../../src/app/compare/stand-store';
import { applyImport, emptyState } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import { createPartner, type Network } from '../../../src/core/model/types';

const imported = (network: Network) =>
  applyImport({ network, offers: [], memberships: [], problems: [], fatal: false }, 'Auenstadt');
const auenstadt: Network = {
  partners: [createPartner({ id: 'JA', name: 'Jugendamt' })],
  cooperations: [],
};
const currentStands = () => standsFor(useNetworkStore.getState().generation) ?? [];
const take = (name: string) =>
  changeStands(
    takeStand(name, '2025-03-14T09:00:00.000Z', {
      network: auenstadt,
      offers: [],
      memberships: [],
    }),
  );

beforeEach(() => {
  useNetworkStore.setState(emptyState, true);
  useStandStore.setState({ generation: 0, stands: [], revision: 0 }, true);
  update(imported(auenstadt));
});

describe('the Stände kept with the open network', () => {
  it('counts every change the user makes, so it can be saved', () => {
    take('Stand 2024');
    take('Stand 2025');
    expect(currentStands().map((s) => s.name)).toEqual(['Stand 2024', 'Stand 2025']);
    expect(useStandStore.getState().revision).toBe(2);
  });

  it('shows none for another network imported afterwards', () => {
    take('Stand 2024');
    update(imported(auenstadt));
    expect(standsFor(useNetworkStore.getState().generation)).toBeUndefined();
  });

  it("takes over an opened project's own Stände without counting that as a change", () => {
    take('Stand 2024');
    const kept = currentStands();
    update(imported(auenstadt));
    openStands(kept);
    expect(currentStands().map((s) => s.name)).toEqual(['Stand 2024']);
    expect(useStandStore.getState().revision).toBe(1);
  });
});
