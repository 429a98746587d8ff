import type { Project } from '../../core/project';
import {
  changesBetween,
  clashesOf,
  createAutosave,
  noChanges,
  pendingKey,
  withoutClashes,
  type Autosave,
  type Clash,
  type NetworkStorage,
  type NetworkSummary,
  type ProjectChanges,
  type StorageResult,
} from '../persistence';

/** Which side keeps what both tabs changed: ask the coordinator, or take theirs or mine. */
export type Preference = 'ask' | 'theirs' | 'mine';

/** The stored network that is open: where its edits are saved, and on top of which version. */
export interface KeptNetwork {
  id: string;
  /** The project as it was opened: keeps what the state does not hold (settings, Stände). */
  opened: Project;
  /** The version stored or loaded by this tab last; a tab message with a higher one is another tab's. */
  version(): number;
  /** An edit: written ahead at once (its own small transaction), the full save follows later. */
  edit(project: Project, adopted?: readonly string[]): void;
  /** Only where the layout put partners changed: saved later, without counting as a change. */
  layout(): void;
  /** Saves what is waiting now (before closing the tab or switching networks). */
  flush(): Promise<void>;
  cancel(): void;
  /** An edit is not yet safe in the browser: its write-ahead is under way or failed, and not saved. */
  unsafe(): boolean;
  /** An edit waits for its full save. */
  waiting(): boolean;
  /**
   * Takes in what other tabs saved since this tab's version: their changes are shown here and this
   * tab's edits go on over their version. Where both changed the same thing, `prefer` decides.
   */
  catchUp(prefer: Preference): Promise<void>;
}

export interface KeepCallbacks {
  /** A save of an edit starts. */
  saving(): void;
  saved(result: StorageResult<NetworkSummary>): void;
  /** Another tab's changes, to be shown in this one (this tab's edits stay on top of them). */
  merged(theirs: ProjectChanges): void;
  /** This tab and another one changed the same things; nothing is overwritten until asked. */
  clashed(version: number, clashes: Clash[]): void;
}

export interface KeepOptions {
  /** This tab, so its edits written ahead are told apart from another tab's. */
  tab: string;
  /** The project the app shows now. */
  current: () => Project;
  now: () => string;
  delayMs: number;
  callbacks: KeepCallbacks;
}

/** How often a save is merged and tried again when other tabs keep saving in between. */
const MERGE_ATTEMPTS = 3;

/**
 * Binds the saving to one stored network, from the version it was loaded or created with.
 * Switching networks makes a new one, so a late save can never land on the wrong network.
 * Saves and catching up run one after another, each over the version the previous one left.
 */
export function keepNetwork(
  storage: NetworkStorage,
  summary: NetworkSummary,
  opened: Project,
  stored: Project,
  options: KeepOptions,
): KeptNetwork {
  const { id } = summary;
  const { callbacks } = options;
  const key = pendingKey(id, options.tab);
  let base = { version: summary.version, project: stored };
  let sequence = 0;
  /** An edit not yet in a saved version. */
  let dirty = false;
  let writing = 0;
  let aheadFailed = false;
  let chain: Promise<unknown> = Promise.resolve();

  function exclusive<T>(step: () => Promise<T>): Promise<T> {
    const next = chain.then(step);
    chain = next.catch(() => undefined);
    return next;
  }

  function writeAhead(project: Project, adopted: readonly string[] = []): void {
    sequence += 1;
    writing += 1;
    void storage
      .writeAhead(
        {
          key,
          network: id,
          tab: options.tab,
          base: base.version,
          sequence,
          written: options.now(),
          changes: changesBetween(base.project, project),
        },
        adopted,
      )
      .then((result) => (aheadFailed = !result.ok))
      .finally(() => (writing -= 1));
  }

  // What is saved is the project shown when the save runs, never an older one: a save after
  // catching up must not put back what another tab changed.
  const autosave: Autosave<true, void> = createAutosave(
    () => exclusive(store),
    () => undefined,
    options.delayMs,
  );

  function edit(project: Project, adopted: readonly string[] = []): void {
    dirty = true;
    writeAhead(project, adopted);
    autosave.schedule(true);
  }

  async function store(): Promise<void> {
    const asEdit = dirty;
    dirty = false;
    const project = options.current();
    if (asEdit) callbacks.saving();
    // Every write-ahead so far was made from the state this project is made from.
    const settles = asEdit ? { key, sequence } : undefined;
    const result = await storage.save(id, project, base.version, { layout: !asEdit, settles });
    if (result.ok) {
      base = { version: result.value.version, project };
      if (asEdit) callbacks.saved(result);
      return;
    }
    // A layout is not worth a question: the places are found again.
    if (!asEdit) return;
    dirty = true;
    if (result.error.code === 'conflict') await catchUp('ask');
    else callbacks.saved(result);
  }

  async function catchUp(prefer: Preference): Promise<void> {
    for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
      const loaded = await storage.load(id);
      if (!loaded.ok) return callbacks.saved(loaded);
      const { summary: latest, project: theirProject } = loaded.value;
      if (latest.version === base.version) return;
      const current = options.current();
      const mine = changesBetween(base.project, current);
      const theirs = changesBetween(base.project, theirProject);
      const clashes = clashesOf(mine, theirs);
      if (clashes.length > 0 && prefer === 'ask') return callbacks.clashed(latest.version, clashes);
      base = { version: latest.version, project: theirProject };
      callbacks.merged(prefer === 'mine' ? withoutClashes(theirs, clashes) : theirs);
      const now = options.current();
      if (noChanges(changesBetween(base.project, now))) {
        // Nothing of this tab's is left over theirs: what was written ahead is done with.
        dirty = false;
        writeAhead(now);
        callbacks.saved({ ok: true, value: latest });
        return;
      }
      dirty = true;
      autosave.cancel();
      writeAhead(now);
      callbacks.saving();
      const saved = await storage.save(id, now, base.version, { settles: { key, sequence } });
      if (saved.ok) {
        base = { version: saved.value.version, project: now };
        dirty = false;
        callbacks.saved(saved);
        return;
      }
      if (saved.error.code !== 'conflict') return callbacks.saved(saved);
    }
    callbacks.saved({ ok: false, error: { code: 'conflict', version: base.version } });
  }

  return {
    id,
    opened,
    version: () => base.version,
    edit,
    layout: () => autosave.schedule(true),
    flush: () => autosave.flush().then(() => exclusive(async () => undefined)),
    cancel: () => autosave.cancel(),
    unsafe: () => writing > 0 || (aheadFailed && dirty),
    waiting: () => dirty,
    catchUp: (prefer) => exclusive(() => catchUp(prefer)),
  };
}
