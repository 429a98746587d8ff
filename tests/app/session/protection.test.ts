import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPartner } from '../../../src/core/edit';
import { changeLabel } from '../../../src/app/history';
import {
  keepSavedMapping,
  useSavedMappings,
  type SavedMapping,
} from '../../../src/app/import/saved-mappings';
import { createNetworkStorage } from '../../../src/app/persistence';
import type { Session } from '../../../src/app/session/session';
import { applyEdit, applyImport, currentNetwork } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import { auenstadt2025, beispielkreis, imported, load, SAMPLE_NAME, stopAll } from './fixtures';

afterEach(stopAll);

const PASSWORD = 'Kornblume im Jugendamt';
const names = () => currentNetwork(useNetworkStore.getState()).partners.map((p) => p.name);
const sample = beispielkreis.partners.map((p) => p.name);
const auenstadt = auenstadt2025.partners.map((p) => p.name);

/**
 * A clock a millisecond on at every look, so that two networks stored at once are never stored at
 * the same time (the most recently changed one opens first).
 */
let clock = Date.parse('2025-05-01T08:00:00.000Z');
const now = () => new Date(clock++);

/** A browser whose networks are protected by a password: Auenstadt 2025 stored beside the sample. */
async function protectedBrowser() {
  const indexedDB = new IDBFactory();
  const storage = () => createNetworkStorage({ indexedDB, channel: null, iterations: 1_000 });
  const session = load(storage(), { now });
  await session.ready;
  update(applyImport(imported(auenstadt2025), 'Auenstadt 2025'));
  await vi.waitFor(() => expect(session.view.getState().networks).toHaveLength(2));
  expect(await session.protect(PASSWORD)).toBe(true);
  expect(session.view.getState().protection).toBe('on');
  await session.flush();
  session.stop();
  return storage;
}

async function reload(storage: () => ReturnType<typeof createNetworkStorage>): Promise<Session> {
  const session = load(storage(), { now });
  await session.ready;
  return session;
}

describe('a coordinator whose networks are protected by a password', () => {
  it('sees only the sample after a reload until the right password is given', async () => {
    const session = await reload(await protectedBrowser());
    expect(session.view.getState()).toMatchObject({
      protection: 'locked',
      networks: [],
      currentId: null,
    });
    expect(names()).toEqual(sample);

    expect(await session.unlock('kornblume im jugendamt')).toBe(false);
    expect(session.view.getState()).toMatchObject({
      protection: 'locked',
      protectionError: 'wrong-password',
      networks: [],
    });
    expect(names()).toEqual(sample);

    expect(await session.unlock(PASSWORD)).toBe(true);
    expect(session.view.getState()).toMatchObject({ protection: 'on', protectionError: null });
    expect(names()).toEqual(auenstadt);
    expect(session.view.getState().networks.map((n) => n.name)).toEqual([
      'Auenstadt 2025',
      SAMPLE_NAME,
    ]);
  });

  it('stores what was changed while the password was asked once it is given', async () => {
    const storage = await protectedBrowser();
    const session = await reload(storage);
    update(
      applyEdit(
        addPartner(currentNetwork(useNetworkStore.getState()), { id: 'HZ', name: 'Hebammenhaus' }),
        changeLabel('add-partner', { name: 'Hebammenhaus' }),
      ),
    );
    expect(session.view.getState().currentId).toBeNull();
    expect(await session.unlock(PASSWORD)).toBe(true);
    expect(names()).toContain('Hebammenhaus');
    expect(session.view.getState().networks).toHaveLength(3);
    await session.flush();
    session.stop();
    const again = await reload(storage);
    expect(await again.unlock(PASSWORD)).toBe(true);
    expect(names()).toContain('Hebammenhaus');
  });

  it('can delete everything without the password, which ends the protection', async () => {
    const session = await reload(await protectedBrowser());
    await session.deleteEverything();
    expect(session.view.getState().protection).toBe('off');
    expect(session.view.getState().networks.map((n) => n.name)).toEqual([SAMPLE_NAME]);
    expect(names()).toEqual(sample);
  });

  it('turned off with the password, a reload opens the networks without asking', async () => {
    const storage = await protectedBrowser();
    const session = await reload(storage);
    expect(await session.unlock(PASSWORD)).toBe(true);
    expect(await session.unprotect('falsch')).toBe(false);
    expect(session.view.getState().protectionError).toBe('wrong-password');
    expect(await session.unprotect(PASSWORD)).toBe(true);
    await session.flush();
    session.stop();
    const again = await reload(storage);
    expect(again.view.getState().protection).toBe('off');
    // Nothing is asked: the stored networks are listed and open as they are. (Which one opens
    // first is the most recently changed; that is not what this test is about.)
    const listed = again.view.getState().networks;
    expect(listed.map((n) => n.name).sort()).toEqual(['Auenstadt 2025', SAMPLE_NAME].sort());
    await again.open(listed.find((n) => n.name === 'Auenstadt 2025')!.id);
    expect(names()).toEqual(auenstadt);
  });

  it('keeps the saved column mappings sealed with the networks: shown once the password is given', async () => {
    const indexedDB = new IDBFactory();
    const storage = () => createNetworkStorage({ indexedDB, channel: null, iterations: 1_000 });
    const first = load(storage(), { now });
    await first.ready;
    const matrix: SavedMapping = {
      name: 'Matrix Auenstadt',
      kind: 'partners',
      header: ['Kita Sonnenschein', 'Familienzentrum Auenstadt'],
      mapping: Object.create(null) as SavedMapping['mapping'],
    };
    expect(await keepSavedMapping(matrix)).toBe('saved');
    expect(await first.protect(PASSWORD)).toBe(true);
    expect(useSavedMappings.getState().saved.map((m) => m.name)).toEqual(['Matrix Auenstadt']);
    first.stop();
    expect(useSavedMappings.getState().keeper).toBeNull();

    const session = await reload(storage);
    expect(useSavedMappings.getState().saved).toEqual([]);
    expect(await keepSavedMapping({ ...matrix, name: 'Während gesperrt' })).toBe('locked');
    expect(await session.unlock(PASSWORD)).toBe(true);
    expect(useSavedMappings.getState().saved).toEqual([matrix]);

    await session.deleteEverything();
    expect(useSavedMappings.getState().saved).toEqual([]);
    session.stop();
    await reload(storage);
    expect(useSavedMappings.getState().saved).toEqual([]);
  });
});
