import { readProjectFile, type Project } from '../../core/project';
import {
  openDatabase,
  DATABASE_NAME,
  type NetzwerkkarteDatabase,
  type NetworkSummary,
  type PendingEdit,
  type PendingRecord,
  type ProjectRecord,
  type SummaryRecord,
} from './database';
import { fail, guarded, succeed, type StorageResult } from './errors';
import {
  partRecords,
  partText,
  pendingOf,
  pendingRecord,
  recodedPart,
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
  type ReadTransaction,
  type WriteTransaction,
} from './transaction';

/** How long a deleted network can be restored before `purgeDeleted` removes it for good. */
export const DELETE_UNDO_PERIOD_MS = 24 * 60 * 60 * 1000;

export interface NetworkStorageOptions {
  /** Defaults to the browser's `indexedDB`; undefined where there is none. */
  indexedDB?: IDBFactory | undefined;
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
   * The privacy button: every network of this browser, deleted or not, removed at once, and the
   * password protection with them; no password is needed.
   */
  deleteEverything(): Promise<StorageResult<void>>;
  /** Whether a password protects what is stored, and whether this tab has its key. */
  protection(): Promise<StorageResult<ProtectionState>>;
  /** Takes the key for the stored protection from the password; a wrong one: `wrong-password`. */
  unlock(password: string): Promise<StorageResult<void>>;
  /** Turns the protection on: everything stored is sealed with a key from the password. */
  protect(password: string): Promise<StorageResult<void>>;
  /** Turns the protection off (with the password): everything stored is kept readable again. */
  unprotect(password: string): Promise<StorageResult<void>>;
  /** Seals everything stored with a key from a new password. */
  changePassword(current: string, next: string): Promise<StorageResult<void>>;
  /** Called when another tab saved, deleted or cleared; returns a function that stops listening. */
  onOtherTab(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

export function createNetworkStorage(options: NetworkStorageOptions = {}): NetworkStorage {
  const factory = 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
  const channel = options.channel === undefined ? broadcastChannel() : options.channel;
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const undoPeriod = options.undoPeriodMs ?? DELETE_UNDO_PERIOD_MS;
  const textPart = options.textPart ?? TEXT_PART;
  const iterations = options.iterations ?? PROTECTION_ITERATIONS;
  let connection: Promise<StorageResult<NetzwerkkarteDatabase>> | null = null;
  /** The key of the password protection, in memory only; null when it is off or not given. */
  let lock: Lock | null = null;

  /** Opens on first use; a failed or closed connection is opened again next time. */
  async function database(): Promise<StorageResult<NetzwerkkarteDatabase>> {
    connection ??= openDatabase(factory, options.databaseName ?? DATABASE_NAME, {
      closed: () => (connection = null),
    });
    const opened = await connection;
    if (!opened.ok) connection = null;
    return opened;
  }

  function withDatabase<T>(
    step: (db: NetzwerkkarteDatabase) => Promise<StorageResult<T>>,
  ): Promise<StorageResult<T>> {
    return guarded(async () => {
      const db = await database();
      return db.ok ? step(db.value) : fail<T>(db.error);
    });
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
      if (!sameProtection(held, await tx.objectStore('meta').get(PROTECTION_ID)))
        return fail<T>({ code: 'locked' });
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
   * Everything stored, read as it is sealed with `from` and stored as sealed with `to` (null:
   * readable), with the protection's record, in one transaction over what was read: should
   * anything have been stored in between (an edit of this or another tab), it is read again.
   */
  async function recode(
    db: NetzwerkkarteDatabase,
    from: Lock | null,
    to: Lock | null,
  ): Promise<StorageResult<void>> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const read = await everything(db.transaction([...STORES], 'readonly'));
      if (!sameProtection(from, read.meta)) return fail({ code: 'locked' });
      const networks: SummaryRecord[] = [];
      for (const record of read.networks)
        networks.push(await summaryRecord(await summaryOf(record, from), to));
      const projects: ProjectRecord[] = [];
      for (const record of read.projects) projects.push(await recodedPart(record, from, to));
      const pending: PendingRecord[] = [];
      for (const record of read.pending)
        pending.push(await pendingRecord(await pendingOf(record, from), to));
      const result = await atomically(db, async (tx) => {
        const now = await everything(tx);
        if (!sameProtection(from, now.meta)) return fail<void>({ code: 'locked' });
        if (!sameStored(read, now)) return fail<void>({ code: 'conflict', version: 0 });
        for (const record of networks) await tx.objectStore('networks').put(record);
        for (const record of projects) await tx.objectStore('projects').put(record);
        for (const record of pending) await tx.objectStore('pending').put(record);
        if (to === null) await tx.objectStore('meta').delete(PROTECTION_ID);
        else await tx.objectStore('meta').put(to.record);
        return succeed(undefined);
      });
      if (!result.ok && result.error.code === 'conflict') continue;
      if (result.ok) lock = to;
      return result;
    }
    return fail({ code: 'failed' });
  }

  /** The stored protection, and a key for it from the password (null: the wrong password). */
  async function keyFor(
    db: NetzwerkkarteDatabase,
    password: string,
  ): Promise<StorageResult<Lock | null>> {
    if (subtleCrypto() === undefined) return fail({ code: 'no-crypto' });
    const record = await db.get('meta', PROTECTION_ID);
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
        if (!sameProtection(held, await tx.objectStore('meta').get(PROTECTION_ID))) {
          tx.abort();
          await tx.done.catch(() => undefined);
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
          const limit = new Date(Date.parse(now()) - undoPeriod).toISOString();
          const expired = (await tx.objectStore('networks').getAll()).filter(
            (s) => s.deleted !== null && s.deleted <= limit,
          );
          for (const { id } of expired) await deleteNetwork(tx, id);
          return succeed(expired.length);
        }),
      ),

    deleteEverything: () =>
      withDatabase((db) =>
        atomically(db, async (tx) => {
          for (const store of STORES) await tx.objectStore(store).clear();
          return succeed(undefined);
        }).then((result) => {
          if (result.ok) lock = null;
          return announce(result, () => ({ kind: 'cleared' }));
        }),
      ),

    protection: () =>
      withDatabase(async (db) => {
        const record = await db.get('meta', PROTECTION_ID);
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

    protect: (password) =>
      withDatabase(async (db) => {
        if (subtleCrypto() === undefined) return fail<void>({ code: 'no-crypto' });
        if ((await db.get('meta', PROTECTION_ID)) !== undefined)
          return fail<void>({ code: 'locked' });
        return recode(db, null, await createLock(password, iterations));
      }),

    unprotect: (password) =>
      withDatabase(async (db) => {
        const key = await keyFor(db, password);
        if (!key.ok) return key;
        return recode(db, key.value, null);
      }),

    changePassword: (current, next) =>
      withDatabase(async (db) => {
        const key = await keyFor(db, current);
        if (!key.ok) return key;
        if (key.value === null) return fail<void>({ code: 'locked' });
        return recode(db, key.value, await createLock(next, iterations));
      }),

    onOtherTab: (listener) => channel?.listen(listener) ?? (() => undefined),

    close() {
      void connection?.then((db) => db.ok && db.value.close());
      connection = null;
      channel?.close();
    },
  };
}

/** How often a write is made again when another tab stored something in between. */
const ATTEMPTS = 3;

interface Everything {
  networks: SummaryRecord[];
  projects: ProjectRecord[];
  pending: PendingRecord[];
  meta: ProtectionRecord | undefined;
}

async function everything(tx: ReadTransaction): Promise<Everything> {
  return {
    networks: await tx.objectStore('networks').getAll(),
    projects: await tx.objectStore('projects').getAll(),
    pending: await tx.objectStore('pending').getAll(),
    meta: await tx.objectStore('meta').get(PROTECTION_ID),
  };
}

/** Nothing was stored between two readings: every version, text and edit written ahead the same. */
function sameStored(a: Everything, b: Everything): boolean {
  const networks = (e: Everything) =>
    e.networks.map((s) => [s.id, s.version, s.deleted, s.changed].join('\u0000')).join('\n');
  const pending = (e: Everything) =>
    e.pending.map((p) => [p.key, p.sequence, p.written].join('\u0000')).join('\n');
  return (
    networks(a) === networks(b) &&
    pending(a) === pending(b) &&
    a.projects.length === b.projects.length &&
    a.projects.every((part, index) => samePart(part, b.projects[index]!))
  );
}

function samePart(a: ProjectRecord, b: ProjectRecord): boolean {
  if (a.id !== b.id || a.parts !== b.parts || a.text !== b.text) return false;
  if (a.sealed === undefined || b.sealed === undefined) return a.sealed === b.sealed;
  const x = new Uint8Array(a.sealed.data);
  const y = new Uint8Array(b.sealed.data);
  return x.length === y.length && x.every((byte, index) => byte === y[index]);
}
