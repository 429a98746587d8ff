import type { ImportResult } from '../../core/import';
import {
  readProjectFile,
  writeProjectFile,
  type Project,
  type ProjectProblem,
} from '../../core/project';
import {
  AUTOSAVE_DELAY_MS,
  createNetworkStorage,
  currentPersistence,
  requestPersistentStorage,
  subtleCrypto,
  applyChanges,
  noChanges,
  pinChanges,
  type NetworkStorage,
  type NetworkSummary,
  type PersistenceGrant,
  type StorageError,
  type StorageResult,
  type StoredNetwork,
  type TabMessage,
} from '../persistence';
import { openStands, useStandStore } from '../compare/stand-store';
import { openSurvey, takeOtherTabSurvey, useSurveyStore } from '../survey/survey-store';
import {
  forgetSavedMappings,
  loadMappings,
  showSavedMappings,
  storeMapping,
  useSavedMappings,
  type MappingOutcome,
  type SavedMapping,
} from '../import/saved-mappings';
import { orientationDue, rememberOrientation } from '../persistence/orientation-setting';
import { nameNetwork, openStoredProject } from '../store/stored-network';
import { takeOtherTabChanges } from '../store/other-tab';
import { applyImport, type NetworkState } from '../store/state';
import { update, useNetworkStore } from '../store/store';
import { keepNetwork, type KeptNetwork, type Preference } from './keeper';
import { uniqueName } from '../../core/project/network-names';
import { nameFromFileName, projectFileName, projectFromState } from './project';
import { createSessionView, withSummary, type ProtectionWork, type SessionViewStore } from './view';

export interface SessionOptions {
  /** Reads the built-in sample network (in the app: the import worker on the sample files). */
  loadSample: () => Promise<ImportResult>;
  /** The name the sample is stored under, in the user's language. */
  sampleName: string;
  /** Defaults to the browser's IndexedDB. */
  storage?: NetworkStorage;
  /**
   * Asks the browser to keep the data, once the user has some of their own (an import, an edit, a
   * project file): some browsers put the question to the user (Firefox), which on opening the app
   * would come before anything worth keeping. Defaults to `navigator.storage.persist()`.
   */
  persist?: () => Promise<PersistenceGrant>;
  /**
   * What the browser already promised, asking nothing; null when not granted (yet). Defaults to
   * `navigator.storage.persisted()`.
   */
  persisted?: () => Promise<PersistenceGrant | null>;
  now?: () => Date;
  autosaveDelayMs?: number;
  /** This tab's name among the tabs of the browser; a new one for every page load by default. */
  tab?: string;
  /**
   * Where `beforeunload` is heard, to warn before leaving while an edit is not yet safe in the
   * browser's storage; the window by default, null for none.
   */
  page?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

/** The project file of the open network, ready to download. */
export interface ProjectFile {
  fileName: string;
  text: string;
}

export interface Session {
  /** What the networks panel shows. */
  view: SessionViewStore;
  /** Settles once the first network is open (stored, or the sample). */
  ready: Promise<void>;
  open(id: string): Promise<void>;
  /**
   * Another stored network's project, read without opening it (to compare networks side by
   * side); null when it cannot be read. The open network's unsaved edits are not in its copy.
   */
  readStored(id: string): Promise<Project | null>;
  openSample(): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  duplicate(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** Brings back the network deleted last ("Rückgängig"). */
  undoRemove(): Promise<void>;
  /** Opens a `.netzwerkkarte.json` as a new stored network; a file that is no project changes nothing. */
  openProjectFile(text: string, fileName: string): Promise<ProjectProblem[]>;
  projectFile(fallbackName: string): ProjectFile;
  /** After a conflict or a tab notice: drop this tab's unsaved edits and show the stored version. */
  loadNewer(): Promise<void>;
  /** After a conflict: store this tab's version over the other tab's. */
  keepMine(): Promise<void>;
  dismissNotice(): void;
  /**
   * The privacy button: everything stored in this browser goes, then the sample opens. Needs no
   * password: it is also the way out for a forgotten one.
   */
  deleteEverything(): Promise<void>;
  /**
   * Gives the password of the protected networks: the one opened last shows (or, if the network
   * shown meanwhile was changed or replaced, that one is stored). False for a wrong password.
   */
  unlock(password: string): Promise<boolean>;
  /** Turns the password protection on: everything stored is sealed. */
  protect(password: string): Promise<boolean>;
  /** Turns it off with the password: everything stored is kept readable again. */
  unprotect(password: string): Promise<boolean>;
  changePassword(current: string, next: string): Promise<boolean>;
  /**
   * A small setting of this browser's, kept with the networks and sealed with them (the contact of
   * the accessibility statement): null when none is kept, an error `locked` until the password is given.
   */
  readSetting(name: string): Promise<StorageResult<string | null>>;
  /** Keeps a setting with the networks, after what the session is doing (null forgets it). */
  writeSetting(name: string, text: string | null): Promise<StorageResult<void>>;
  /** The orientation of a first visit was closed. */
  closeOrientation(): void;
  /** Saves a waiting edit now (before the tab closes). */
  flush(): Promise<void>;
  /** An edit is not yet safe in the browser's storage: leaving now could lose it. */
  unsafe(): boolean;
  stop(): void;
}

/**
 * Keeps the app's networks in the browser: opens the most recently changed stored network (or
 * stores the sample on the first visit), autosaves every change of the open one, and stores each
 * import as a network of its own, since a coordinator keeps one per year or per town. When the
 * browser stores nothing, the app still works in memory and the project file is the way to keep it.
 */
export function startSession(options: SessionOptions): Session {
  const storage = options.storage ?? createNetworkStorage();
  const persist = options.persist ?? (() => requestPersistentStorage());
  const persisted = options.persisted ?? (() => currentPersistence());
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const delayMs = options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS;
  const tab = options.tab ?? crypto.randomUUID();
  const page =
    options.page === undefined ? (typeof window === 'undefined' ? null : window) : options.page;
  const view = createSessionView();
  let kept: KeptNetwork | null = null;
  // The last state of the app the session knows: each change is compared with it. The states the
  // session writes itself (a network opened, taken in from another tab, named) are known before they
  // are written, so they are no edits to save or imports to store — without a flag held while
  // writing, which also hid a change another listener made in answer to one of them.
  let known = useNetworkStore.getState();
  let queue: Promise<unknown> = Promise.resolve();
  // A stopped session (the app unmounted, or React's development double start) touches nothing.
  let stopped = false;
  /** The network state when the sample was shown in place of the locked networks. */
  let shownWhileLocked: { generation: number; revision: number } | null = null;

  const set = view.setState;
  const available = () => view.getState().available;

  /** Session steps run one after another, so an import never interleaves with an open. */
  function serial<T>(step: () => Promise<T>): Promise<T | undefined> {
    const next = queue.then(() => (stopped ? undefined : step()));
    queue = next.catch(() => undefined);
    return next;
  }

  /** Writes a state of the session's own; returns it (the store may already hold a newer one). */
  function apply(producer: (state: NetworkState) => NetworkState): NetworkState {
    if (stopped) return known;
    let written = known;
    update((state) => {
      written = producer(state);
      known = written;
      return written;
    });
    return written;
  }

  function failed(error: StorageError): void {
    if (error.code === 'conflict')
      set({ conflict: { id: kept?.id ?? '', version: error.version } });
    if (error.code === 'unavailable' || error.code === 'blocked') set({ available: false });
    // Another tab turned the protection on or changed the password: it is asked here as well.
    if (error.code === 'locked') void checkProtection();
    set({ save: { kind: 'error', code: error.code } });
  }

  const locked = () => view.getState().protection === 'locked';

  async function checkProtection(): Promise<void> {
    const state = await storage.protection();
    if (!state.ok || stopped) return;
    const supported = subtleCrypto() !== undefined || state.value !== 'off';
    set({ protection: supported ? state.value : 'unsupported' });
  }

  /** A step of the protection, with its status shown meanwhile and its refusal after. */
  async function protectionStep(
    work: ProtectionWork,
    step: () => Promise<StorageResult<void>>,
  ): Promise<boolean> {
    // What waits is stored first, so it is sealed (or opened) with everything else.
    await kept?.flush();
    set({ protectionWork: work, protectionError: null });
    const result = await step();
    set({ protectionWork: null, protectionError: result.ok ? null : result.error.code });
    await checkProtection();
    return result.ok;
  }

  /** The password was given: what waited for it is stored, or the networks open. */
  async function unlocked(): Promise<void> {
    if (kept !== null) {
      if (kept.waiting()) schedule(useNetworkStore.getState());
      return;
    }
    const since = shownWhileLocked;
    shownWhileLocked = null;
    const state = useNetworkStore.getState();
    if (
      since !== null &&
      (state.generation !== since.generation || state.revision !== since.revision)
    ) {
      await refresh();
      return storeAsNew();
    }
    await openLatest();
  }

  /** The saved column mappings, once the stored networks can be read (not while locked). */
  async function openMappings(): Promise<void> {
    const loaded = await loadMappings(storage);
    if (!stopped) showSavedMappings(typeof loaded === 'string' ? [] : loaded);
  }

  /** Saves a column mapping with the stored networks, after what the session is doing. */
  const keepMapping = async (entry: SavedMapping): Promise<MappingOutcome> =>
    (await serial(() => storeMapping(storage, entry))) ?? 'failed';

  async function openLatest(): Promise<void> {
    const listing = await storage.list();
    if (!listing.ok) failed(listing.error);
    const latest = listing.ok ? listing.value[0] : undefined;
    set({ networks: listing.ok ? listing.value : [] });
    if (latest === undefined || !(await openStored(latest.id))) await showSample();
  }

  /**
   * Keeps saving the network of `summary`: `stored` is the project as stored in that version,
   * `opened` the one shown (the same, or with edits a closed tab had written ahead laid over it).
   */
  function keep(summary: NetworkSummary, opened: Project, stored: Project = opened): void {
    if (stopped) return;
    const own: KeptNetwork = keepNetwork(storage, summary, opened, stored, {
      tab,
      now,
      delayMs,
      current: () => projectFromState(useNetworkStore.getState(), own.opened, now()),
      callbacks: {
        saving: () => kept === own && set({ save: { kind: 'saving' } }),
        saved: (result) => {
          if (kept !== own) return;
          if (!result.ok) return failed(result.error);
          set((v) => ({
            save: own.waiting() ? { kind: 'saving' } : { kind: 'saved', at: result.value.changed },
            networks: withSummary(v.networks, result.value),
            conflict: null,
          }));
        },
        merged: (theirs) => {
          if (kept !== own || noChanges(theirs)) return;
          apply(takeOtherTabChanges(theirs));
          if (theirs.stands !== undefined) openStands(theirs.stands);
          if (theirs.settings !== undefined) takeOtherTabSurvey(theirs.settings);
          set({ notice: 'saved' });
        },
        clashed: (version) => {
          if (kept !== own) return;
          set({
            conflict: { id: own.id, version },
            save: { kind: 'error', code: 'conflict' },
          });
        },
      },
    });
    kept = own;
    set({
      currentId: summary.id,
      conflict: null,
      notice: null,
      save: { kind: 'saved', at: summary.changed },
    });
  }

  /** Lets go of the open network, saving what is waiting; edits from now on belong to the next. */
  async function release(): Promise<void> {
    const leaving = kept;
    kept = null;
    set({ currentId: null });
    await leaving?.flush();
  }

  /** The names of the stored networks but `except`, which a network's name may not repeat. */
  const namesBut = (except: string | null = null) =>
    view
      .getState()
      .networks.filter((network) => network.id !== except)
      .map((network) => network.name);

  /**
   * Stores the network the state shows as a new one and keeps saving it there, under a name no
   * other stored network has ("Name (2)" where the import or the project file brought a taken one).
   */
  async function storeAsNew(): Promise<void> {
    // While the password is asked, the network shown stays in this window only.
    if (!available() || stopped || locked()) return;
    const shown = useNetworkStore.getState();
    const free = uniqueName(shown.name, namesBut());
    if (free !== shown.name) apply(nameNetwork(free, shown.isSample));
    const state = useNetworkStore.getState();
    const project = projectFromState(state, null, now());
    const created = await storage.create(project);
    if (!created.ok) return failed(created.error);
    set((v) => ({ networks: withSummary(v.networks, created.value) }));
    keep(created.value, project);
    // Edits made while it was being created were not yet saved anywhere.
    if (useNetworkStore.getState().revision !== state.revision)
      schedule(useNetworkStore.getState());
  }

  /**
   * An edit is written ahead at once and saved a moment later; until then it counts as "being
   * saved". `adopted`: edits written ahead by tabs that are gone, now part of this tab's.
   */
  function schedule(state: NetworkState, adopted: readonly string[] = []): void {
    if (kept === null) return;
    kept.edit(projectFromState(state, kept.opened, now()), adopted);
    set({ save: { kind: 'saving' } });
  }

  /** Opens a stored network, with the edits written ahead for it and never saved laid over it. */
  async function openStored(id: string): Promise<boolean> {
    const loaded = await storage.load(id);
    if (!loaded.ok) {
      failed(loaded.error);
      return false;
    }
    const { summary, project: stored, pending } = loaded.value;
    const project = withPending(loaded.value);
    const opened = apply(openStoredProject(project));
    openStands(project.stands);
    openSurvey(project.settings);
    keep(summary, project, stored);
    // Edits written ahead and never saved, and any made the moment it was shown, are saved now.
    const shown = useNetworkStore.getState();
    if (pending.length > 0 || shown.revision !== opened.revision)
      schedule(
        shown,
        pending.map((edit) => edit.key),
      );
    return true;
  }

  function withPending({ project, pending }: StoredNetwork): Project {
    return pending.reduce((laid, edit) => applyChanges(laid, edit.changes), project);
  }

  /** After a conflict or a tab notice: this tab's edits over the other tab's version. */
  async function catchUp(prefer: Preference): Promise<void> {
    const open = kept;
    if (open === null) return;
    await open.catchUp(prefer);
    if (kept === open && view.getState().save.kind !== 'error')
      set({ conflict: null, notice: null });
  }

  async function showSample(): Promise<void> {
    await release();
    const result = await options.loadSample();
    apply(applyImport(result, options.sampleName, true));
    if (!result.fatal) await storeAsNew();
  }

  async function refresh(): Promise<void> {
    const listing = await storage.list();
    if (listing.ok) set({ networks: listing.value });
  }

  /** After the open network went away: the most recent other one, else the sample. */
  async function openNextOrSample(): Promise<void> {
    const next = view.getState().networks[0];
    if (next === undefined || !(await openStored(next.id))) await showSample();
  }

  /**
   * Another tab saved, deleted or cleared. A network deleted there is not saved again from here:
   * it stays open in this window only, and the project file can still keep it.
   */
  function onOtherTab(message: TabMessage): void {
    void refresh();
    if (message.kind === 'cleared') {
      void checkProtection();
      showSavedMappings([]);
    }
    const gone =
      message.kind === 'cleared' || (message.kind === 'deleted' && message.id === kept?.id);
    if (gone) {
      kept?.cancel();
      kept = null;
      set({ notice: message.kind, currentId: null });
    } else if (
      message.kind === 'saved' &&
      message.id === kept?.id &&
      message.version > kept.version()
    ) {
      // Their changes are taken in at once; only what both tabs changed is asked about.
      void kept.catchUp('ask');
    }
  }

  const unsubscribe = useNetworkStore.subscribe((state) => {
    const previous = known;
    known = state;
    if (state === previous || state.revision === 0) return;
    if (state.generation !== previous.generation || state.revision !== previous.revision)
      askToKeep();
    if (state.generation !== previous.generation) {
      void serial(async () => {
        await release();
        await storeAsNew();
      });
    } else if (
      state.revision !== previous.revision ||
      state.name !== previous.name ||
      !sameCorrections(state.corrections, previous.corrections) ||
      pinChanges(previous.positions, state.positions).size > 0
    ) {
      schedule(state);
    } else if (state.positions !== previous.positions) {
      // The layout placed partners: kept, but nobody changed anything.
      kept?.layout();
    }
  });
  const stopListening = storage.onOtherTab(onOtherTab);
  // The browser asks before leaving only while an edit could be lost, not whenever one is unsaved.
  function warnBeforeLeaving(event: Event): void {
    if (kept?.unsafe()) event.preventDefault();
  }
  page?.addEventListener('beforeunload', warnBeforeLeaving);
  // The import dialog saves its column mappings through this session.
  useSavedMappings.setState({ keeper: keepMapping });
  // Stände live in their own small store; a new or deleted one is saved like an edit.
  const stopStands = useStandStore.subscribe((stands, before) => {
    if (stands.revision !== before.revision) schedule(useNetworkStore.getState());
  });
  // So does the Netzwerkbefragung (its round, the answers taken over, the merge chosen).
  const stopSurvey = useSurveyStore.subscribe((survey, before) => {
    if (survey.revision !== before.revision) schedule(useNetworkStore.getState());
  });

  // What the browser promised already is shown from the start; the question is asked once the
  // user has data of their own. Neither is waited for: the networks open and are saved meanwhile.
  let asked = false;
  void persisted()
    .catch(() => null)
    .then((promised) => {
      if (!stopped && !asked && promised !== null) set({ persistence: promised });
    });
  function askToKeep(): void {
    if (asked || stopped || view.getState().persistence === 'granted') return;
    asked = true;
    void persist()
      .catch((): PersistenceGrant => 'denied')
      .then((grant) => {
        if (!stopped) set({ persistence: grant });
      });
  }

  const ready = serial(async () => {
    await storage.purgeDeleted();
    await checkProtection();
    // Known before the first network shows, so the orientation comes before anything else; kept
    // as shown at once, so that it is not shown twice however soon the page is left.
    const due = !locked() && (await orientationDue(storage));
    if (due) await rememberOrientation(storage);
    if (!stopped) set({ orientationDue: due });
    if (locked()) {
      // No stored network shows before the password is given; the sample shows meanwhile.
      showSavedMappings([]);
      await showSample();
      const { generation, revision } = useNetworkStore.getState();
      shownWhileLocked = { generation, revision };
      return;
    }
    await openLatest();
    await openMappings();
  });

  return {
    view,
    ready,
    open: (id) =>
      serial(async () => {
        await release();
        if (!(await openStored(id))) await openNextOrSample();
      }),
    readStored: async (id) => {
      const loaded = await storage.load(id);
      return loaded.ok ? loaded.value.project : null;
    },
    openSample: () => serial(showSample),
    rename: (id, wanted) =>
      serial(async () => {
        const name = uniqueName(wanted, namesBut(id));
        const open = kept?.id === id ? kept : null;
        if (open !== null) {
          // The open network's name is an edit like any other, saved (and merged) as one.
          update(nameNetwork(name));
          return open.flush();
        }
        const renamed = await storage.rename(id, name);
        if (!renamed.ok) return failed(renamed.error);
        set((v) => ({ networks: withSummary(v.networks, renamed.value) }));
      }),
    duplicate: (id, name) =>
      serial(async () => {
        if (kept?.id === id) await kept.flush();
        const copy = await storage.duplicate(id, uniqueName(name, namesBut()));
        if (!copy.ok) return failed(copy.error);
        set((v) => ({ networks: withSummary(v.networks, copy.value) }));
      }),
    remove: (id) =>
      serial(async () => {
        const wasOpen = kept?.id === id;
        if (wasOpen) await release();
        const removed = await storage.remove(id);
        if (!removed.ok) return failed(removed.error);
        set((v) => ({
          removed: { summary: removed.value, wasOpen },
          networks: v.networks.filter((s) => s.id !== id),
        }));
        if (wasOpen) await openNextOrSample();
      }),
    undoRemove: () =>
      serial(async () => {
        const removed = view.getState().removed;
        if (removed === null) return;
        const restored = await storage.restore(removed.summary.id);
        set({ removed: null });
        if (!restored.ok) return failed(restored.error);
        set((v) => ({ networks: withSummary(v.networks, restored.value) }));
        if (removed.wasOpen) {
          await release();
          await openStored(restored.value.id);
        }
      }),
    openProjectFile: async (text, fileName) =>
      (await serial(async () => {
        const reading = readProjectFile(text, { now: now() });
        if ('problems' in reading) return reading.problems;
        const project = {
          ...reading.project,
          name: reading.project.name || nameFromFileName(fileName),
        };
        await release();
        apply(openStoredProject(project));
        openStands(project.stands);
        openSurvey(project.settings);
        askToKeep();
        await storeAsNew();
        return [];
      })) ?? [],
    projectFile: (fallbackName) => {
      const state = useNetworkStore.getState();
      const project = projectFromState(state, kept?.opened ?? null, now());
      return {
        fileName: projectFileName(state.name, fallbackName),
        text: writeProjectFile(project),
      };
    },
    loadNewer: () =>
      serial(async () => {
        if (kept !== null) return catchUp('theirs');
        const id = view.getState().conflict?.id;
        if (id !== undefined && id !== '' && (await openStored(id))) return;
        await openNextOrSample();
      }),
    keepMine: () => serial(() => catchUp('mine')),
    dismissNotice: () => set({ notice: null }),
    deleteEverything: () =>
      serial(async () => {
        kept?.cancel();
        kept = null;
        // Those kept with the networks go with them; an earlier version's in localStorage here.
        forgetSavedMappings();
        showSavedMappings([]);
        const cleared = await storage.deleteEverything();
        shownWhileLocked = null;
        set({ networks: [], removed: null, currentId: null, protectionError: null });
        if (!cleared.ok) failed(cleared.error);
        await checkProtection();
        await showSample();
      }),
    unlock: async (password) =>
      (await serial(async () => {
        set({ protectionWork: 'unlocking', protectionError: null });
        const result = await storage.unlock(password);
        set({ protectionWork: null, protectionError: result.ok ? null : result.error.code });
        await checkProtection();
        if (!result.ok) return false;
        await unlocked();
        await openMappings();
        return true;
      })) ?? false,
    protect: async (password) =>
      (await serial(() => protectionStep('protecting', () => storage.protect(password)))) ?? false,
    unprotect: async (password) =>
      (await serial(() => protectionStep('unprotecting', () => storage.unprotect(password)))) ??
      false,
    changePassword: async (current, next) =>
      (await serial(() =>
        protectionStep('changing', () => storage.changePassword(current, next)),
      )) ?? false,
    closeOrientation: () => set({ orientationDue: false }),
    readSetting: (name) => storage.readSetting(name),
    writeSetting: async (name, text) =>
      (await serial(() => storage.writeSetting(name, text))) ?? {
        ok: false,
        error: { code: 'unavailable' },
      },
    flush: async () => {
      await kept?.flush();
    },
    unsafe: () => kept?.unsafe() ?? false,
    stop() {
      stopped = true;
      unsubscribe();
      stopListening();
      stopStands();
      stopSurvey();
      page?.removeEventListener('beforeunload', warnBeforeLeaving);
      if (useSavedMappings.getState().keeper === keepMapping)
        useSavedMappings.setState({ keeper: null });
      void (kept?.flush() ?? Promise.resolve()).finally(() => storage.close());
    },
  };
}

function sameCorrections(a: Map<string, string>, b: Map<string, string>): boolean {
  return a === b || (a.size === b.size && [...a].every(([id, type]) => b.get(id) === type));
}
