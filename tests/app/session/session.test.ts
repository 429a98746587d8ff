import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPartner, updatePartner } from '../../../src/core/edit';
import { createPartner, type Network } from '../../../src/core/model/types';
import { changeLabel } from '../../../src/app/history';
import {
  createNetworkStorage,
  type PersistenceGrant,
  type TabChannel,
  type TabMessage,
} from '../../../src/app/persistence';
import type { Session } from '../../../src/app/session/session';
import {
  applyEdit,
  applyImport,
  currentNetwork,
  emptyState,
  pinPartners,
  rememberPositions,
  replaceNetwork,
} from '../../../src/app/store/state';
import { changeStands } from '../../../src/app/compare/stand-store';
import { takeStand } from '../../../src/app/compare/stands';
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

  it('keeps an import under the name of a stored network as "Name (2)"', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    update(applyImport(imported(auenstadt2025), SAMPLE_NAME));
    await vi.waitFor(() => expect(session.view.getState().networks).toHaveLength(2));
    expect(
      session.view
        .getState()
        .networks.map((n) => n.name)
        .sort(),
    ).toEqual([SAMPLE_NAME, `${SAMPLE_NAME} (2)`]);
    expect(useNetworkStore.getState().name).toBe(`${SAMPLE_NAME} (2)`);
  });

  it('replacing the open network keeps it, with its Stände, instead of adding one', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage(), { autosaveDelayMs: 20 });
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    changeStands(
      takeStand('Stand 2024', '2024-12-01T10:00:00.000Z', {
        network: network(),
        offers: [],
        memberships: [],
      }),
    );
    update(replaceNetwork(imported(auenstadt2025), 'Auenstadt 2025'));
    await session.flush();
    const { networks, currentId } = session.view.getState();
    expect(networks).toHaveLength(1);
    expect(currentId).toBe(id);
    expect(networks[0]?.name).toBe('Auenstadt 2025');
    const stored = await browser.storage().load(id);
    if (!stored.ok) throw new Error('not stored');
    expect(stored.value.project.network.partners.map((p) => p.name)).toEqual(
      auenstadt2025.partners.map((p) => p.name),
    );
    expect(stored.value.project.stands.map((s) => s.name)).toEqual(['Stand 2024']);
  });

  for (const order of ['before', 'after'] as const) {
    it(`keeps an edit made in answer to the network being opened (listener ${order} the session's)`, async () => {
      const browser = freshBrowser();
      const first = load(browser.storage());
      await first.ready;
      const id = first.view.getState().currentId ?? '';
      await first.flush();
      first.stop();
      // Something in the page renames a partner the moment a stored network is shown.
      let stopAnswering = () => undefined as void;
      const answer = () =>
        useNetworkStore.subscribe((state, previous) => {
          if (state.generation === previous.generation || state.revision === 0) return;
          stopAnswering();
          update(
            applyEdit(
              updatePartner(currentNetwork(state), 'JA', { name: 'Jugendamt (beim Öffnen)' }),
              changeLabel('update-partner', { name: 'Jugendamt (beim Öffnen)' }),
            ),
          );
        });
      useNetworkStore.setState(emptyState, true);
      if (order === 'before') stopAnswering = answer();
      const next = load(browser.storage(), {
        loadSample: () => Promise.reject(new Error('the sample must not be read')),
      });
      if (order === 'after') stopAnswering = answer();
      await next.ready;
      expect(names()).toContain('Jugendamt (beim Öffnen)');
      await next.flush();
      const stored = await browser.storage().load(id);
      if (!stored.ok) throw new Error('not stored');
      expect(stored.value.summary.version).toBe(2);
      expect(stored.value.project.network.partners.map((p) => p.name)).toContain(
        'Jugendamt (beim Öffnen)',
      );
      // Opened, not imported: still the one stored network.
      expect(next.view.getState().networks).toHaveLength(1);
    });
  }

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
  /** Another tab of the same browser saves its own version of the open network over `edit`. */
  async function otherTabSaves(browser: Browser, id: string, edit: (n: Network) => Network) {
    const otherTab = browser.storage();
    const loaded = await otherTab.load(id);
    if (!loaded.ok) throw new Error('not stored');
    const { project, summary } = loaded.value;
    const theirs = { ...project, network: edit(project.network) };
    expect((await otherTab.save(id, theirs, summary.version)).ok).toBe(true);
  }

  const renameJugendamt = (name: string) => (n: Network) => {
    const result = updatePartner(n, 'JA', { name });
    if ('problems' in result) throw new Error('refused');
    return result.network;
  };

  /** This tab and another one renamed the same partner, each in its own way. */
  async function conflicted() {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    await otherTabSaves(browser, id, (n) =>
      renameJugendamt('Jugendamt (anderer Tab)')({
        ...n,
        partners: [...n.partners, createPartner({ id: 'H', name: 'Hebamme Meier' })],
      }),
    );
    addKita();
    update(
      applyEdit(
        updatePartner(network(), 'JA', { name: 'Jugendamt (dieser Tab)' }),
        changeLabel('update-partner', { name: 'Jugendamt (dieser Tab)' }),
      ),
    );
    await vi.waitFor(() => expect(session.view.getState().conflict).not.toBeNull());
    return { browser, session, id };
  }

  async function storedNames(browser: Browser, id: string) {
    const stored = await browser.storage().load(id);
    if (!stored.ok) throw new Error('not stored');
    return stored.value.project.network.partners.map((p) => p.name);
  }

  it('takes in another tab’s change of a different partner and saves both, without asking', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    await otherTabSaves(browser, id, renameJugendamt('Jugendamt Auenstadt'));
    addKita();
    await session.flush();
    expect(session.view.getState()).toMatchObject({ conflict: null, save: { kind: 'saved' } });
    expect(names()).toEqual([
      'Jugendamt Auenstadt',
      'St.-Marien-Krankenhaus – Geburtsklinik',
      'Kita Sonnenschein',
    ]);
    expect(await storedNames(browser, id)).toEqual(names());
  });

  it('asks only when both changed the same partner, and overwrites nothing meanwhile', async () => {
    const { browser, session, id } = await conflicted();
    expect(session.view.getState().save).toEqual({ kind: 'error', code: 'conflict' });
    addKita();
    await session.flush();
    expect(await storedNames(browser, id)).toEqual([
      'Jugendamt (anderer Tab)',
      'St.-Marien-Krankenhaus – Geburtsklinik',
      'Hebamme Meier',
    ]);
  });

  it('loading the newer version keeps this tab’s edits that touch nothing of the other’s', async () => {
    const { browser, session, id } = await conflicted();
    await session.loadNewer();
    expect(names()).toEqual([
      'Jugendamt (anderer Tab)',
      'St.-Marien-Krankenhaus – Geburtsklinik',
      'Kita Sonnenschein',
      'Hebamme Meier',
    ]);
    expect(session.view.getState().conflict).toBeNull();
    await session.flush();
    expect(await storedNames(browser, id)).toEqual(expect.arrayContaining(names()));
    expect(await storedNames(browser, id)).toHaveLength(4);
  });

  it('keeps this tab’s version of what both changed when asked, with the other tab’s other edits, and goes on saving', async () => {
    const { browser, session, id } = await conflicted();
    await session.keepMine();
    const kept = [
      'Jugendamt (dieser Tab)',
      'St.-Marien-Krankenhaus – Geburtsklinik',
      'Hebamme Meier',
      'Kita Sonnenschein',
    ];
    expect(names()).toEqual(expect.arrayContaining(kept));
    expect(await storedNames(browser, id)).toEqual(names());
    expect(names()).toHaveLength(4);
    expect(session.view.getState().conflict).toBeNull();
    update(
      applyEdit(
        updatePartner(network(), 'K1', { name: 'Kita Regenbogen' }),
        changeLabel('update-partner', { name: 'Kita Regenbogen' }),
      ),
    );
    await session.flush();
    expect(session.view.getState().save.kind).toBe('saved');
    expect(await storedNames(browser, id)).toContain('Kita Regenbogen');
  });

  it('where the layout placed partners is kept without a new version, so it is no change', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    const before = session.view.getState().networks[0];
    const placed = new Map(network().partners.map((p, i) => [p.id, { x: i, y: i, pinned: false }]));
    update(rememberPositions(placed, true));
    await session.flush();
    const stored = await browser.storage().load(id);
    if (!stored.ok) throw new Error('not stored');
    expect(stored.value.summary).toEqual(before);
    expect(stored.value.project.positions).toEqual(placed);
    expect(session.view.getState().save.kind).toBe('saved');
  });

  it('pinning a partner is a change like an edit', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    const placed = new Map(network().partners.map((p, i) => [p.id, { x: i, y: i, pinned: false }]));
    update(rememberPositions(placed, true));
    update(pinPartners(['JA'], true));
    await session.flush();
    expect(session.view.getState().networks[0]?.version).toBe(2);
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

  it('takes in at once what another tab saved to the open network, and says so', async () => {
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
    expect(names()).toEqual(auenstadt2025.partners.map((p) => p.name));
    expect(session.view.getState()).toMatchObject({ conflict: null, save: { kind: 'saved' } });
    session.dismissNotice();
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

describe('an edit written ahead of the save', () => {
  /** A page that dies before its save is stored: its save never ends. */
  function dyingPage(browser: Browser) {
    const storage = browser.storage();
    vi.spyOn(storage, 'save').mockImplementation(() => new Promise(() => undefined));
    return storage;
  }

  it('is found again by the next page load when the page went before the save', async () => {
    const browser = freshBrowser();
    const first = load(dyingPage(browser), { autosaveDelayMs: 60_000 });
    await first.ready;
    const id = first.view.getState().currentId ?? '';
    addKita();
    await vi.waitFor(() => expect(first.unsafe()).toBe(false));
    first.stop();

    const before = await browser.storage().load(id);
    expect(before.ok && before.value.summary.version).toBe(1);
    expect(before.ok && before.value.project.network.partners.map((p) => p.name)).not.toContain(
      'Kita Sonnenschein',
    );

    const next = load(browser.storage(), {
      loadSample: () => Promise.reject(new Error('the sample must not be read')),
    });
    await next.ready;
    expect(names()).toContain('Kita Sonnenschein');
    await next.flush();
    const after = await browser.storage().load(id);
    if (!after.ok) throw new Error('not stored');
    expect(after.value.summary.version).toBe(2);
    expect(after.value.project.network.partners.map((p) => p.name)).toContain('Kita Sonnenschein');
    expect(after.value.pending).toEqual([]);
  });

  it('is gone from the write-ahead once the save contains it', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage(), { autosaveDelayMs: 60_000 });
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    addKita();
    await vi.waitFor(() => expect(session.unsafe()).toBe(false));
    const waiting = await browser.storage().load(id);
    expect(
      waiting.ok && waiting.value.pending.map((edit) => [...edit.changes.partners.keys()]),
    ).toEqual([['K1']]);
    await session.flush();
    const saved = await browser.storage().load(id);
    expect(saved.ok && saved.value.pending).toEqual([]);
  });

  it('asks before leaving the page only while the edit is not yet in the browser’s storage', async () => {
    const page = new EventTarget();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      page.dispatchEvent(event);
      return event.defaultPrevented ? 'asked' : 'left';
    };
    const session = load(freshBrowser().storage(), { autosaveDelayMs: 60_000, page });
    await session.ready;
    expect(leave()).toBe('left');
    addKita();
    expect(leave()).toBe('asked');
    await vi.waitFor(() => expect(leave()).toBe('left'));
    // Written ahead but not yet saved: safe to leave, though the status still says "saving".
    expect(session.view.getState().save).toEqual({ kind: 'saving' });
    session.stop();
    addKita();
    expect(leave()).toBe('left');
  });
});
