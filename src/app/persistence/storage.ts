import { readProjectFile, type Project } from '../../core/project';
import {
  DATABASE_NAME,
  settingId,
  type NetzwerkkarteDatabase,
  type NetworkSummary,
  type OpenCallbacks,
  type PendingEdit,
  type ProjectRecord,
  type SettingRecord,
  type SummaryRecord,
} from './database';
import { fail, guarded, succeed, type StorageResult } from './errors';
import {
  move,
  MovedError,
  nothing,
  refuseIfMoved,
  sameStored,
  settle,
  type Everything,
  type MetaReader,
  type MoveSteps,
  type Opened,
} from './move';
import {
  browserBuckets,
  browserExclusive,
  createPlaces,
  type Buckets,
  type Exclusive,
} from './places';
import {
  partRecords,
  partText,
  pendingOf,
  pendingRecord,
  recodedPart,
  settingRecord,
  settingText,
  summaryOf,
  summaryRecord,
} from './records';
import {
  createLock,
  openLock,
  PROTECTION_ID,
  PROTECTION_ITERATIONS,
  sameProtection,
  subtleCrypto,
  type Lock,
  type ProtectionRecord,
} from './sealing';
import { broadcastChannel, type TabChannel, type TabMessage } from './tabs';
import {
  atomically,
  deleteNetwork,
  partKeys,
  partTexts,
  pendingRecords,
  putNetwork,
  readStoredParts,
  settlePending,
  STORES,
  storedBody,
  storedPieces,
  storedPiecesWith,
  TEXT_PART,
  type WriteTransaction,
} from './transaction';

/** How long a deleted network can be restored before `purgeDeleted` removes it for good. */
export const DELETE_UNDO_PERIOD_MS = 24 * 60 * 60 * 1000;

export interface NetworkStorageOptions {
  /** Defaults to the browser's `indexedDB`; undefined where there is none. */
  indexedDB?: IDBFactory | undefined;
  /**
   * The browser's storage buckets, null where it has none; by default the browser's when
   * `indexedDB` is the browser's too, else none.
   */
  buckets?: Buckets | null;
  /** A lock between the tabs (Web Locks by default). */
  exclusive?: Exclusive;
  /** The name of the first database; the later places and the directory are named after it. */
  databaseName?: string;
  /** Defaults to a BroadcastChannel; null for none. */
  channel?: TabChannel | null;
  now?: () => Date;
  newId?: () => string;
  undoPeriodMs?: number;
  /** Characters per stored part of a project's text (`TEXT_PART`); small in tests. */
  textPart?: number;
  /** PBKDF2 iterations for a new password (`PROTECTION_ITERATIONS`); fewer only in tests. */
  iterations?: number;
}

/**
 * Whether what is stored is protected by a password: not (`off`), and if so, whether this tab has
 * the key (`on`) or must ask for the password first (`locked`).
 */
export type ProtectionState = 'off' | 'locked' | 'on';

export interface SaveOptions {
  /** Overwrite even if another tab saved in between (the user chose "keep mine"). */
  force?: boolean;
  /**
   * Only where the layout put unpinned partners changed: stored without a new version or change
   * date and without telling the other tabs, since nobody changed anything. Over a version another
   * tab has replaced, nothing is stored (a conflict is answered, which the caller may ignore).
   */
  layout?: boolean;
  /** This tab's edit written ahead (`writeAhead`) that the saved project contains, up to `sequence`. */
  settles?: { key: string; sequence: number };
}

/** A stored network as loaded, with the edits written ahead for it and not saved yet. */
export interface StoredNetwork {
  summary: NetworkSummary;
  project: Project;
  pending: PendingEdit[];
}

/** Several networks side by side in the browser. Every method answers with a result, never throws. */
export interface NetworkStorage {
  /** The networks not deleted, most recently changed first. */
  list(): Promise<StorageResult<NetworkSummary[]>>;
  /** Deleted networks that can still be restored. */
  listDeleted(): Promise<StorageResult<NetworkSummary[]>>;
  create(project: Project): Promise<StorageResult<NetworkSummary>>;
  load(id: string): Promise<StorageResult<StoredNetwork>>;
  /** Saves over `baseVersion`, the version loaded or last saved here; a newer stored one is a conflict. */
  save(
    id: string,
    project: Project,
    baseVersion: number,
    options?: SaveOptions,
  ): Promise<StorageResult<NetworkSummary>>;
  /**
   * Stores an edit ahead of the save, in a small transaction of its own that is committed at once;
   * the edits under `adopted` (taken over from a tab that is gone) are removed in the same step.
   */
  writeAhead(edit: PendingEdit, adopted?: readonly string[]): Promise<StorageResult<void>>;
  rename(id: string, name: string): Promise<StorageResult<NetworkSummary>>;
  duplicate(id: string, name: string): Promise<StorageResult<NetworkSummary>>;
  /** Moves a network to the deleted ones; `restore` brings it back until it is purged. */
  remove(id: string): Promise<StorageResult<NetworkSummary>>;
  restore(id: string): Promise<StorageResult<NetworkSummary>>;
  /** Removes for good what was deleted longer ago than the undo period; answers how many. */
  purgeDeleted(): Promise<StorageResult<number>>;
  /**
   * The privacy button: every network of this browser, deleted or not, removed at once, with the
   * password protection and the settings; no password is needed. The database they were in is
   * removed with its files (see `places.ts`).
   */
  deleteEverything(): Promise<StorageResult<void>>;
  /** Whether a password protects what is stored, and whether this tab has its key. */
  protection(): Promise<StorageResult<ProtectionState>>;
  /** Takes the key for the stored protection from the password; a wrong one: `wrong-password`. */
  unlock(password: string): Promise<StorageResult<void>>;
  /**
   * Turns the protection on: everything stored is sealed with a key from the password, in a new
   * database, and the one it was readable in is removed with its files.
   */
  protect(password: string): Promise<StorageResult<void>>;
  /** Turns the protection off (with the password): everything stored is kept readable again. */
  unprotect(password: string): Promise<StorageResult<void>>;
  /** Seals everything stored with a key from a new password (in a new database, as `protect`). */
  changePassword(current: string, next: string): Promise<StorageResult<void>>;
  /** A setting kept with the networks, sealed with them; null when there is none. */
  readSetting(name: string): Promise<StorageResult<string | null>>;
  /** Keeps a setting with the networks (null: forgets it). */
  writeSetting(name: string, text: string | null): Promise<StorageResult<void>>;
  /** Called when another tab saved, deleted or cleared; returns a function that stops listening. */
  onOtherTab(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

export function createNetworkStorage(options: NetworkStorageOptions = {}): NetworkStorage {
  const own = !('indexedDB' in options);
  const factory = own ? globalThis.indexedDB : options.indexedDB;
  const places = createPlaces({
    factory,
    buckets: options.buckets !== undefined ? options.buckets : own ? browserBuckets() : null,
    exclusive: options.exclusive ?? browserExclusive(),
    base: options.databaseName ?? DATABASE_NAME,
  });
  const channel = options.channel === undefined ? broadcastChannel() : options.channel;
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const undoPeriod = options.undoPeriodMs ?? DELETE_UNDO_PERIOD_MS;
  const textPart = options.textPart ?? TEXT_PART;
  const iterations = options.iterations ?? PROTECTION_ITERATIONS;
  /** The connection to the current place; null before the first use and once it was closed. */
  let opened: Opened | null = null;
  let opening: Promise<StorageResult<Opened>> | null = null;
  /** The key of the password protection, in memory only; null when it is off or not given. */
  let lock: Lock | null = null;

  const callbacks: OpenCallbacks = {
    closed: (db) => {
      if (opened?.db === db) opened = null;
    },
  };

  /** Makes `next` the connection to use, closing another one this tab held. */
  function adopt(next: Opened): Opened {
    if (opened !== null && opened.db !== next.db) opened.db.close();
    opened = next;
    return next;
  }

  /** The networks of an earlier version's database, moved as they are into a bucket of their own. */
  function migrate(from: Opened): Promise<StorageResult<Opened>> {
    return move(places, from, callbacks, {
      copy: (read) => Promise.resolve(succeed({ ...read, moved: undefined })),
      still: unchanged,
    });
  }

  /**
   * Opens the current place on first use (`settle`, under the lock between the tabs); a failed or
   * closed connection is opened again next time.
   */
  async function database(): Promise<StorageResult<Opened>> {
    if (opened !== null) return succeed(opened);
    opening ??= places
      .exclusive(() => settle(places, callbacks, migrate))
      .finally(() => (opening = null));
    const result = await opening;
    return result.ok ? succeed(adopt(result.value)) : result;
  }

  /**
   * A step on the current place. Should the networks have been moved meanwhile (another tab
   * turned the protection on, say) or the connection been closed under it, the step is made again
   * on the place they are in now.
   */
  function withDatabase<T>(
    step: (db: NetzwerkkarteDatabase) => Promise<StorageResult<T>>,
  ): Promise<StorageResult<T>> {
    return guarded(async () => {
      for (let attempt = 1; ; attempt++) {
        const current = await database();
        if (!current.ok) return fail<T>(current.error);
        const { db } = current.value;
        try {
          return await step(db);
        } catch (error) {
          const stale = error instanceof MovedError || opened?.db !== db;
          if (!stale || attempt === ATTEMPTS) throw error;
          if (opened?.db === db) {
            opened = null;
            db.close();
          }
        }
      }
    });
  }

  /**
   * Moves everything to a fresh place (`move.ts`), made again when another tab stored something
   * in between; `moved` runs once it is done.
   */
  function moveEverything(steps: MoveSteps, moved: () => void): Promise<StorageResult<void>> {
    return guarded(() =>
      places.exclusive(async () => {
        for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
          const current = await settle(places, callbacks, migrate);
          if (!current.ok) return current;
          const result = await move(places, adopt(current.value), callbacks, steps);
          if (!result.ok && result.error.code === 'conflict') continue;
          if (!result.ok) return result;
          adopt(result.value);
          moved();
          return succeed(undefined);
        }
        return fail<void>({ code: 'failed' });
      }),
    );
  }

  /**
   * A write of records sealed with `held` (or kept readable: null): refused as `locked` when the
   * stored protection is no longer the one they were made for (another tab turned it on, off, or
   * changed the password), so nothing readable is ever written next to sealed records.
   */
  function write<T>(
    db: NetzwerkkarteDatabase,
    held: Lock | null,
    work: (tx: WriteTransaction) => Promise<StorageResult<T>>,
  ): Promise<StorageResult<T>> {
    return atomically(db, async (tx) => {
      await refuseIfMoved(tx);
      if (!sameProtection(held, await protectionIn(tx))) return fail<T>({ code: 'locked' });
      return work(tx);
    });
  }

  /**
   * The stored summary and project of a network with the edits written ahead for it, read in one
   * transaction and opened after it (opening sealed records is no request of IndexedDB).
   */
  async function readProject(
    db: NetzwerkkarteDatabase,
    id: string,
  ): Promise<StorageResult<StoredNetwork>> {
    const held = lock;
    const tx = db.transaction([...STORES], 'readonly');
    const record = await tx.objectStore('networks').get(id);
    const parts = await readStoredParts(tx, id);
    const pendingStored = await pendingRecords(tx, id);
    if (record === undefined || parts === undefined) return fail({ code: 'not-found' });
    const summary = await summaryOf(record, held);
    const texts: string[] = [];
    for (const part of parts) texts.push(await partText(part, held));
    const pending = await Promise.all(pendingStored.map((edit) => pendingOf(edit, held)));
    const reading = readProjectFile(texts.join(''), { now: summary.created });
    if ('problems' in reading) return fail({ code: 'unreadable', problems: reading.problems });
    return succeed({ summary, project: { ...reading.project, name: summary.name }, pending });
  }

  function summarise(
    id: string,
    project: Project,
    version: number,
    created: string,
  ): NetworkSummary {
    const { partners, cooperations } = project.network;
    return {
      id,
      name: project.name,
      created,
      changed: project.changed,
      version,
      deleted: null,
      partners: partners.length,
      cooperations: cooperations.length,
    };
  }

  /** The records of a network as stored: its summary and its text in parts. */
  async function recordsOf(
    summary: NetworkSummary,
    pieces: readonly string[],
    held: Lock | null,
  ): Promise<{ summary: SummaryRecord; parts: ProjectRecord[] }> {
    const texts = partTexts(pieces, textPart);
    return {
      summary: await summaryRecord(summary, held),
      parts: await partRecords(partKeys(summary.id, texts.length), texts, held),
    };
  }

  /**
   * A change to a stored network: the next version, saved and announced to the other tabs. It is
   * read, changed and sealed first, then stored over the version it was read in; should another
   * tab have saved in between, it is read again.
   */
  function change(
    id: string,
    edit: (summary: NetworkSummary, project: Project) => [NetworkSummary, Project | null],
  ) {
    return withDatabase(async (db) => {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const held = lock;
        const current = await readProject(db, id);
        if (!current.ok) return current;
        const read = current.value.summary.version;
        const [summary, project] = edit(current.value.summary, current.value.project);
        const next = { ...summary, version: read + 1 };
        const records =
          project === null
            ? { summary: await summaryRecord(next, held), parts: null }
            : await recordsOf(next, storedPieces(project), held);
        const result = await write(db, held, async (tx) => {
          const stored = await tx.objectStore('networks').get(id);
          if (stored === undefined) return fail<NetworkSummary>({ code: 'not-found' });
          if (stored.version !== read)
            return fail<NetworkSummary>({ code: 'conflict', version: stored.version });
          await putNetwork(tx, records.summary, records.parts);
          return succeed(next);
        });
        if (!result.ok && result.error.code === 'conflict') continue;
        return announce(result, (saved) => ({ kind: 'saved', id, version: saved.version }));
      }
      return fail<NetworkSummary>({ code: 'failed' });
    });
  }

  function announce<T>(
    result: StorageResult<T>,
    message: (value: T) => TabMessage,
  ): StorageResult<T> {
    if (result.ok) channel?.post(message(result.value));
    return result;
  }

  async function all(db: NetzwerkkarteDatabase): Promise<NetworkSummary[]> {
    const held = lock;
    const summaries = await Promise.all(
      (await db.getAll('networks')).map((record) => summaryOf(record, held)),
    );
    return summaries.sort((a, b) => b.changed.localeCompare(a.changed));
  }

  /**
   * Everything stored, read as it is sealed with `from` and sealed with `to` (null: readable), for
   * a fresh place; refused as `locked` when the stored protection is not the one of `from`.
   */
  function recoded(from: Lock | null, to: Lock | null): MoveSteps {
    return {
      async copy(read) {
        if (!sameProtection(from, read.protection)) return fail({ code: 'locked' });
        const copy: Everything = { ...nothing(), protection: to?.record };
        for (const record of read.networks)
          copy.networks.push(await summaryRecord(await summaryOf(record, from), to));
        for (const record of read.projects) copy.projects.push(await recodedPart(record, from, to));
        for (const record of read.pending)
          copy.pending.push(await pendingRecord(await pendingOf(record, from), to));
        for (const record of read.settings)
          copy.settings.push(await recodedSetting(record, from, to));
        return succeed(copy);
      },
      still: (read, now) =>
        sameProtection(from, now.protection) ? unchanged(read, now) : fail({ code: 'locked' }),
    };
  }

  /** The stored protection, and a key for it from the password (null: the wrong password). */
  async function keyFor(
    db: NetzwerkkarteDatabase,
    password: string,
  ): Promise<StorageResult<Lock | null>> {
    if (subtleCrypto() === undefined) return fail({ code: 'no-crypto' });
    const record = await protectionIn(db.transaction('meta', 'readonly'));
    if (record === undefined) return succeed(null);
    const opened = await openLock(password, record);
    return opened === null ? fail({ code: 'wrong-password' }) : succeed(opened);
  }

  return {
    list: () =>
      withDatabase(async (db) => succeed((await all(db)).filter((s) => s.deleted === null))),
    listDeleted: () =>
      withDatabase(async (db) => succeed((await all(db)).filter((s) => s.deleted !== null))),

    create: (project) =>
      withDatabase(async (db) => {
        const held = lock;
        const body = await storedBody(project);
        // The project keeps its own creation date: a file opened from 2024 stays a 2024 network.
        const stamped = { ...project, changed: now() };
        const summary = summarise(newId(), stamped, 1, stamped.created);
        const records = await recordsOf(summary, storedPiecesWith(stamped, body), held);
        return write(db, held, async (tx) => {
          await putNetwork(tx, records.summary, records.parts);
          return succeed(summary);
        });
      }),

    load: (id) => withDatabase((db) => readProject(db, id)),

    save: (id, project, baseVersion, { force = false, layout = false, settles } = {}) =>
      withDatabase(async (db) => {
        const body = await storedBody(project);
        let result: StorageResult<NetworkSummary> = fail({ code: 'failed' });
        for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
          const held = lock;
          const stored = await db.get('networks', id);
          if (stored === undefined || stored.deleted !== null)
            return fail<NetworkSummary>({ code: 'not-found' });
          if (stored.version !== baseVersion && (layout || !force))
            return fail<NetworkSummary>({ code: 'conflict', version: stored.version });
          const stamped = {
            ...project,
            created: stored.created,
            changed: layout ? stored.changed : now(),
          };
          const version = layout ? stored.version : stored.version + 1;
          const summary = summarise(id, stamped, version, stored.created);
          const records = await recordsOf(summary, storedPiecesWith(stamped, body), held);
          // Stored only over the version it was made for: a save of another tab in between is
          // a conflict, as it would have been had it come before.
          result = await write(db, held, async (tx) => {
            const now = await tx.objectStore('networks').get(id);
            if (now === undefined || now.deleted !== null)
              return fail<NetworkSummary>({ code: 'not-found' });
            if (now.version !== stored.version)
              return fail<NetworkSummary>({ code: 'conflict', version: now.version });
            await putNetwork(tx, records.summary, records.parts);
            if (settles !== undefined) await settlePending(tx, settles.key, settles.sequence);
            return succeed(summary);
          });
          if (result.ok || result.error.code !== 'conflict' || layout || !force) break;
        }
        return layout
          ? result
          : announce(result, (saved) => ({ kind: 'saved', id, version: saved.version }));
      }),

    writeAhead: (edit, adopted = []) =>
      withDatabase(async (db) => {
        const held = lock;
        const record = await pendingRecord(edit, held);
        const tx = db.transaction(['pending', 'meta'], 'readwrite');
        const refuse = async () => {
          tx.abort();
          await tx.done.catch(() => undefined);
        };
        try {
          await refuseIfMoved(tx);
        } catch (moved) {
          await refuse();
          throw moved;
        }
        if (!sameProtection(held, await protectionIn(tx))) {
          await refuse();
          return fail<void>({ code: 'locked' });
        }
        const store = tx.objectStore('pending');
        const writes = [store.put(record), ...adopted.map((key) => store.delete(key))];
        // Committed now rather than when the page's task ends: a reload may come right after.
        tx.commit();
        await Promise.all([...writes, tx.done]);
        return succeed(undefined);
      }),

    rename: (id, name) =>
      change(id, (summary, project) => {
        const changed = now();
        return [
          { ...summary, name, changed },
          { ...project, name, changed },
        ];
      }),

    duplicate: (id, name) =>
      withDatabase(async (db) => {
        const held = lock;
        const current = await readProject(db, id);
        if (!current.ok) return current;
        const stamp = now();
        const copy = { ...current.value.project, name, created: stamp, changed: stamp };
        const summary = summarise(newId(), copy, 1, stamp);
        const records = await recordsOf(summary, storedPieces(copy), held);
        return write(db, held, async (tx) => {
          await putNetwork(tx, records.summary, records.parts);
          return succeed(summary);
        });
      }),

    remove: (id) =>
      withDatabase(async (db) => {
        const held = lock;
        const result = await write(db, held, async (tx) => {
          const stored = await tx.objectStore('networks').get(id);
          if (stored === undefined) return fail<SummaryRecord>({ code: 'not-found' });
          // Only the readable fields change: no key is needed to move a network to the deleted.
          const record = { ...stored, deleted: now(), version: stored.version + 1 };
          await putNetwork(tx, record, null);
          return succeed(record);
        });
        if (!result.ok) return result;
        return announce(succeed(await summaryOf(result.value, held)), () => ({
          kind: 'deleted',
          id,
        }));
      }),

    restore: (id) => change(id, (summary) => [{ ...summary, deleted: null }, null]),

    // Removing records needs no key: deleted networks go for good also while the password is asked.
    purgeDeleted: () =>
      withDatabase((db) =>
        atomically(db, async (tx) => {
          await refuseIfMoved(tx);
          const limit = new Date(Date.parse(now()) - undoPeriod).toISOString();
          const expired = (await tx.objectStore('networks').getAll()).filter(
            (s) => s.deleted !== null && s.deleted <= limit,
          );
          for (const { id } of expired) await deleteNetwork(tx, id);
          return succeed(expired.length);
        }),
      ),

    // Into a fresh, empty place: the one everything was in goes with its files.
    deleteEverything: async () =>
      announce(
        await moveEverything(
          { copy: () => Promise.resolve(succeed(nothing())), still: () => succeed(undefined) },
          () => (lock = null),
        ),
        () => ({ kind: 'cleared' }),
      ),

    protection: () =>
      withDatabase(async (db) => {
        const tx = db.transaction('meta', 'readonly');
        await refuseIfMoved(tx);
        const record = await protectionIn(tx);
        // A key that no longer fits (another tab changed or removed the password) is let go.
        if (!sameProtection(lock, record)) lock = null;
        if (record === undefined) return succeed<ProtectionState>('off');
        return succeed<ProtectionState>(lock === null ? 'locked' : 'on');
      }),

    unlock: (password) =>
      withDatabase(async (db) => {
        const key = await keyFor(db, password);
        if (!key.ok) return key;
        lock = key.value;
        return succeed(undefined);
      }),

    protect: async (password) => {
      if (subtleCrypto() === undefined) return fail<void>({ code: 'no-crypto' });
      const to = await createLock(password, iterations);
      return moveEverything(recoded(null, to), () => (lock = to));
    },

    unprotect: (password) =>
      withDatabase(async (db) => {
        const key = await keyFor(db, password);
        if (!key.ok) return key;
        return moveEverything(recoded(key.value, null), () => (lock = null));
      }),

    changePassword: (current, next) =>
      withDatabase(async (db) => {
        const key = await keyFor(db, current);
        if (!key.ok) return key;
        if (key.value === null) return fail<void>({ code: 'locked' });
        const to = await createLock(next, iterations);
        return moveEverything(recoded(key.value, to), () => (lock = to));
      }),

    readSetting: (name) =>
      withDatabase(async (db) => {
        const record = await db.get('meta', settingId(name));
        if (record === undefined) return succeed(null);
        return succeed(await settingText(record as SettingRecord, lock));
      }),

    writeSetting: (name, text) =>
      withDatabase(async (db) => {
        const held = lock;
        const record = text === null ? null : await settingRecord(name, text, held);
        return write(db, held, async (tx) => {
          if (record === null) await tx.objectStore('meta').delete(settingId(name));
          else await tx.objectStore('meta').put(record);
          return succeed(undefined);
        });
      }),

    onOtherTab: (listener) => channel?.listen(listener) ?? (() => undefined),

    close() {
      opened?.db.close();
      opened = null;
      void opening?.then((result) => result.ok && result.value.db.close());
      channel?.close();
    },
  };
}

/** How often a write is made again when another tab stored something in between. */
const ATTEMPTS = 3;

/** Nothing was stored since `read`: the copy made of it may take its place. */
function unchanged(read: Everything, now: Everything): StorageResult<void> {
  return sameStored(read, now) ? succeed(undefined) : fail({ code: 'conflict', version: 0 });
}

/** The stored password protection, if it is on. */
async function protectionIn(tx: MetaReader): Promise<ProtectionRecord | undefined> {
  return (await tx.objectStore('meta').get(PROTECTION_ID)) as ProtectionRecord | undefined;
}

async function recodedSetting(
  record: SettingRecord,
  from: Lock | null,
  to: Lock | null,
): Promise<SettingRecord> {
  return settingRecord(record.id.slice('setting:'.length), await settingText(record, from), to);
}
