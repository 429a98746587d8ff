import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPartner, updatePartner } from '../../../src/core/edit';
import { createPartner } from '../../../src/core/model/types';
import { changeLabel } from '../../../src/app/history';
import {
  createNetworkStorage,
  type PersistenceGrant,
  type TabChannel,
  type TabMessage,
} from '../../../src/app/persistence';
import type { Session } from '../../../src/app/session/session';
import { applyEdit, applyImport, currentNetwork } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import {
  auenstadt2025,
  beispielkreis,
  freshBrowser,
  imported,
  load,
  SAMPLE_NAME,
  stopAll,
  type Browser,
} from './fixtures';

afterEach(stopAll);

const network = () => currentNetwork(useNetworkStore.getState());
const names = () => network().partners.map((p) => p.name);

async function reload(browser: Browser, session: Session): Promise<Session> {
  await session.flush();
  session.stop();
  const next = load(browser.storage(), {
    loadSample: () => Promise.reject(new Error('the sample must not be read')),
  });
  await next.ready;
  return next;
}

function addKita() {
  update(
    applyEdit(
      addPartner(network(), { id: 'K1', name: 'Kita Sonnenschein' }),
      changeLabel('add-partner', { name: 'Kita Sonnenschein' }),
    ),
  );
}

describe('a coordinator working in the browser', () => {
  it('sees the sample on the first visit, and it is stored as a network of its own', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    expect(names()).toEqual(beispielkreis.partners.map((p) => p.name));
    const { networks, currentId, save } = session.view.getState();
    expect(networks.map((n) => n.name)).toEqual([SAMPLE_NAME]);
    expect(currentId).toBe(networks[0]?.id);
    expect(save.kind).toBe('saved');
  });

  it('finds her edit again after reloading the page, without the sample being read', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    addKita();
    await reload(browser, session);
    expect(names()).toContain('Kita Sonnenschein');
    expect(useNetworkStore.getState().name).toBe(SAMPLE_NAME);
  });

  it('opens the most recently changed of several stored networks', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    update(applyImport(imported(auenstadt2025), 'Auenstadt 2025'));
    await vi.waitFor(() => expect(session.view.getState().networks).toHaveLength(2));
    await session.open(
      session.view.getState().networks.find((n) => n.name === SAMPLE_NAME)?.id ?? '',
    );
    addKita();
    const again = await reload(browser, session);
    expect(useNetworkStore.getState().name).toBe(SAMPLE_NAME);
    expect(again.view.getState().networks.map((n) => n.name)).toEqual([
      SAMPLE_NAME,
      'Auenstadt 2025',
    ]);
  });

  it('keeps an import as a second network instead of overwriting the open one', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    const sampleId = session.view.getState().currentId;
    update(applyImport(imported(auenstadt2025), 'Auenstadt 2025'));
    await vi.waitFor(() => expect(session.view.getState().networks).toHaveLength(2));
    const { currentId, networks } = session.view.getState();
    expect(currentId).not.toBe(sampleId);
    expect(networks.find((n) => n.id === currentId)).toMatchObject({
      name: 'Auenstadt 2025',
      partners: 2,
    });
    expect(networks.find((n) => n.id === sampleId)).toMatchObject({
      name: SAMPLE_NAME,
      partners: 2,
    });
  });

  it('saves an edit on its own, a moment after it was made', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage(), { autosaveDelayMs: 20 });
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    update(
      applyEdit(
        updatePartner(network(), 'JA', { name: 'Jugendamt Auenstadt' }),
        changeLabel('update-partner', { name: 'Jugendamt Auenstadt' }),
      ),
    );
    await vi.waitFor(() => expect(session.view.getState().networks[0]?.version).toBe(2));
    const stored = await browser.storage().load(id);
    expect(stored.ok && stored.value.project.network.partners[0]?.name).toBe('Jugendamt Auenstadt');
  });

  it('goes on working in memory when the browser stores nothing, and still offers the project file', async () => {
    const session = load(createNetworkStorage({ indexedDB: undefined, channel: null }));
    await session.ready;
    expect(session.view.getState()).toMatchObject({
      available: false,
      currentId: null,
      save: { kind: 'error', code: 'unavailable' },
    });
    expect(names()).toEqual(beispielkreis.partners.map((p) => p.name));
    addKita();
    expect(names()).toContain('Kita Sonnenschein');
    const file = session.projectFile('Netzwerk');
    expect(file.fileName).toBe(`${SAMPLE_NAME}.netzwerkkarte.json`);
    expect(file.text).toContain('Kita Sonnenschein');
  });

  it('says so when the disk is full, and keeps the edit in the app', async () => {
    const browser = freshBrowser();
    const storage = browser.storage();
    const session = load(storage);
    await session.ready;
    vi.spyOn(storage, 'save').mockResolvedValue({ ok: false, error: { code: 'quota-exceeded' } });
    addKita();
    await vi.waitFor(() =>
      expect(session.view.getState().save).toEqual({ kind: 'error', code: 'quota-exceeded' }),
    );
    expect(names()).toContain('Kita Sonnenschein');
  });
});

describe('two tabs on one network', () => {
  async function conflicted() {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    const otherTab = browser.storage();
    const loaded = await otherTab.load(id);
    if (!loaded.ok) throw new Error('not stored');
    const theirs = {
      ...loaded.value.project,
      network: {
        ...beispielkreis,
        partners: [...beispielkreis.partners, createPartner({ id: 'H', name: 'Hebamme Meier' })],
      },
    };
    await otherTab.save(id, theirs, loaded.value.summary.version);
    addKita();
    await vi.waitFor(() => expect(session.view.getState().conflict).not.toBeNull());
    return { browser, session, id };
  }

  it('stops overwriting the other tab and loads the newer version on request', async () => {
    const { session } = await conflicted();
    expect(session.view.getState().save).toEqual({ kind: 'error', code: 'conflict' });
    await session.loadNewer();
    expect(names()).toContain('Hebamme Meier');
    expect(names()).not.toContain('Kita Sonnenschein');
    expect(session.view.getState().conflict).toBeNull();
  });

  it('keeps this tab’s version when asked, and goes on saving', async () => {
    const { browser, session, id } = await conflicted();
    await session.keepMine();
    const stored = await browser.storage().load(id);
    expect(stored.ok && stored.value.project.network.partners.map((p) => p.name)).toContain(
      'Kita Sonnenschein',
    );
    update(
      applyEdit(
        updatePartner(network(), 'K1', { name: 'Kita Regenbogen' }),
        changeLabel('update-partner', { name: 'Kita Regenbogen' }),
      ),
    );
    await session.flush();
    expect(session.view.getState().save.kind).toBe('saved');
  });
});

describe('the list of stored networks', () => {
  it('renames the open network in the list and in the app', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    await session.rename(id, 'Netzwerk Frühe Hilfen 2025');
    expect(useNetworkStore.getState().name).toBe('Netzwerk Frühe Hilfen 2025');
    expect(session.view.getState().networks[0]?.name).toBe('Netzwerk Frühe Hilfen 2025');
    addKita();
    await session.flush();
    expect(session.view.getState().save.kind).toBe('saved');
  });

  it('deletes the open network, opens the next, and brings it back on "Rückgängig"', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    const sampleId = session.view.getState().currentId ?? '';
    update(applyImport(imported(auenstadt2025), 'Auenstadt 2025'));
    await vi.waitFor(() => expect(session.view.getState().networks).toHaveLength(2));
    const auenstadt = session.view.getState().currentId ?? '';
    await session.remove(auenstadt);
    expect(session.view.getState().currentId).toBe(sampleId);
    expect(session.view.getState().networks.map((n) => n.id)).toEqual([sampleId]);
    await session.undoRemove();
    expect(session.view.getState().currentId).toBe(auenstadt);
    expect(names()).toEqual(auenstadt2025.partners.map((p) => p.name));
  });

  it('deleting everything leaves only the sample', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    update(applyImport(imported(auenstadt2025), 'Auenstadt 2025'));
    await vi.waitFor(() => expect(session.view.getState().networks).toHaveLength(2));
    await session.deleteEverything();
    expect(session.view.getState().networks.map((n) => n.name)).toEqual([SAMPLE_NAME]);
    expect(names()).toEqual(beispielkreis.partners.map((p) => p.name));
  });
});

describe('the project file', () => {
  it('saved and opened again gives the same network, as a new stored network', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    addKita();
    const before = network();
    const file = session.projectFile('Netzwerk');
    update(applyImport(imported(auenstadt2025), 'Auenstadt 2025'));
    expect(await session.openProjectFile(file.text, file.fileName)).toEqual([]);
    expect(network()).toEqual(before);
    expect(session.view.getState().networks).toHaveLength(3);
  });

  it('a corrupt file or one from a newer version changes nothing', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    const before = useNetworkStore.getState();
    const newer = JSON.stringify({ format: 'netzwerkkarte.project', schemaVersion: 99 });
    expect(await session.openProjectFile(newer, 'x.netzwerkkarte.json')).toEqual([
      { code: 'newer-version', version: 99 },
    ]);
    expect(
      (
        await session.openProjectFile(
          '{"format": "netzwerkkarte.project", "schemaVersion": 2}',
          'y.json',
        )
      )[0]?.code,
    ).toBe('corrupt');
    expect(useNetworkStore.getState()).toBe(before);
    expect(session.view.getState().networks).toHaveLength(1);
  });
});

describe('opening the app', () => {
  it('asks the browser to keep the data only once the user has some of their own, and only once', async () => {
    const persist = vi.fn(async (): Promise<PersistenceGrant> => 'granted');
    const session = load(freshBrowser().storage(), { persist, persisted: async () => null });
    await session.ready;
    expect(persist).not.toHaveBeenCalled();
    expect(session.view.getState().persistence).toBeNull();
    update(applyImport(imported(auenstadt2025), 'Auenstadt 2025'));
    await vi.waitFor(() => expect(session.view.getState().persistence).toBe('granted'));
    addKita();
    await session.flush();
    expect(persist).toHaveBeenCalledOnce();
  });

  it('shows what the browser promised already, without asking', async () => {
    const persist = vi.fn(async (): Promise<PersistenceGrant> => 'denied');
    const session = load(freshBrowser().storage(), { persist, persisted: async () => 'granted' });
    await session.ready;
    await vi.waitFor(() => expect(session.view.getState().persistence).toBe('granted'));
    addKita();
    await session.flush();
    expect(persist).not.toHaveBeenCalled();
  });

  it('goes on saving while the user has not yet answered the browser’s question', async () => {
    let answer: (grant: PersistenceGrant) => void = () => undefined;
    const browser = freshBrowser();
    const session = load(browser.storage(), {
      persisted: async () => null,
      persist: () => new Promise<PersistenceGrant>((resolve) => (answer = resolve)),
    });
    await session.ready;
    update(applyImport(imported(auenstadt2025), 'Auenstadt 2025'));
    await vi.waitFor(() => expect(session.view.getState().networks).toHaveLength(2));
    addKita();
    await session.flush();
    expect(session.view.getState().save.kind).toBe('saved');
    expect(session.view.getState().persistence).toBeNull();
    answer('denied');
    await vi.waitFor(() => expect(session.view.getState().persistence).toBe('denied'));
  });

  it('counts a failed request to keep the data as refused', async () => {
    const session = load(freshBrowser().storage(), {
      persisted: () => Promise.reject(new Error('no storage manager')),
      persist: () => Promise.reject(new Error('no storage manager')),
    });
    await session.ready;
    expect(names()).toEqual(beispielkreis.partners.map((p) => p.name));
    addKita();
    await vi.waitFor(() => expect(session.view.getState().persistence).toBe('denied'));
  });
});

describe('a session stopped before it is ready', () => {
  it('stores and shows nothing, so a second start is the only one', async () => {
    const browser = freshBrowser();
    const first = load(browser.storage());
    first.stop();
    await first.ready;
    const stored = await browser.storage().list();
    expect(stored.ok && stored.value).toEqual([]);
  });
});

describe('the save status', () => {
  it('does not say "saved" while an edit waits for the autosave', async () => {
    const session = load(freshBrowser().storage(), { autosaveDelayMs: 60_000 });
    await session.ready;
    addKita();
    expect(session.view.getState().save).toEqual({ kind: 'saving' });
    await session.flush();
    expect(session.view.getState().save.kind).toBe('saved');
  });
});

describe('notices from another tab', () => {
  /** Two tabs of one browser: a shared IndexedDB and a message channel between them. */
  function twoTabs() {
    const browser = freshBrowser();
    const listeners = new Set<(message: TabMessage) => void>();
    const channel = (): TabChannel => ({
      post: (message) => listeners.forEach((listener) => listener(message)),
      listen(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => undefined,
    });
    const tab = () => createNetworkStorage({ indexedDB: browser.indexedDB, channel: channel() });
    return { tab };
  }

  it('says so when another tab saved the open network, and loads that version on request', async () => {
    const { tab } = twoTabs();
    const session = load(tab());
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    const other = tab();
    const loaded = await other.load(id);
    if (!loaded.ok) throw new Error('not stored');
    const renamed = { ...loaded.value.project, network: auenstadt2025 };
    await other.save(id, renamed, loaded.value.summary.version);
    await vi.waitFor(() => expect(session.view.getState().notice).toBe('saved'));
    await session.loadNewer();
    expect(names()).toEqual(auenstadt2025.partners.map((p) => p.name));
    expect(session.view.getState().notice).toBeNull();
  });

  it('says so when another tab deleted everything, and saves nothing again from here', async () => {
    const { tab } = twoTabs();
    const session = load(tab());
    await session.ready;
    await tab().deleteEverything();
    await vi.waitFor(() => expect(session.view.getState().networks).toEqual([]));
    expect(session.view.getState()).toMatchObject({ notice: 'cleared', currentId: null });
    addKita();
    await session.flush();
    expect((await tab().list()).ok && (await tab().list())).toMatchObject({ value: [] });
  });
});
