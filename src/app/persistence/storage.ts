import { readProjectFile, type Project } from '../../core/project';
import {
  openDatabase,
  DATABASE_NAME,
  type NetzwerkkarteDatabase,
  type NetworkSummary,
  type PendingEdit,
} from './database';
import { fail, guarded, succeed, type StorageResult } from './errors';
import { broadcastChannel, type TabChannel, type TabMessage } from './tabs';
import {
  atomically,
  deleteNetwork,
  pendingEdits,
  putNetwork,
  readStoredText,
  settlePending,
  STORES,
  storedBody,
  storedPieces,
  storedPiecesWith,
  TEXT_PART,
  type ReadTransaction,
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
}

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
  /** The privacy button: every network of this browser, deleted or not, removed at once. */
  deleteEverything(): Promise<StorageResult<void>>;
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
  let connection: Promise<StorageResult<NetzwerkkarteDatabase>> | null = null;

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

  /** The stored summary and project of a network, read in the given (or a new read-only) transaction. */
  async function readProject(
    db: NetzwerkkarteDatabase,
    id: string,
    tx: ReadTransaction = db.transaction([...STORES], 'readonly'),
  ): Promise<StorageResult<StoredNetwork>> {
    const summary = await tx.objectStore('networks').get(id);
    const text = await readStoredText(tx, id);
    const pending = await pendingEdits(tx, id);
    if (summary === undefined || text === undefined) return fail({ code: 'not-found' });
    const reading = readProjectFile(text, { now: summary.created });
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

  /** A change to a stored network: the next version, saved and announced to the other tabs. */
  function change(
    id: string,
    edit: (summary: NetworkSummary, project: Project) => [NetworkSummary, Project | null],
  ) {
    return withDatabase((db) =>
      atomically(db, async (tx) => {
        const current = await readProject(db, id, tx);
        if (!current.ok) return current;
        const [summary, project] = edit(current.value.summary, current.value.project);
        const next = { ...summary, version: current.value.summary.version + 1 };
        await putNetwork(tx, next, project === null ? null : storedPieces(project), textPart);
        return succeed(next);
      }).then((result) =>
        announce(result, (saved) => ({ kind: 'saved', id, version: saved.version })),
      ),
    );
  }

  function announce<T>(
    result: StorageResult<T>,
    message: (value: T) => TabMessage,
  ): StorageResult<T> {
    if (result.ok) channel?.post(message(result.value));
    return result;
  }

  async function all(db: NetzwerkkarteDatabase): Promise<NetworkSummary[]> {
    return (await db.getAll('networks')).sort((a, b) => b.changed.localeCompare(a.changed));
  }

  return {
    list: () =>
      withDatabase(async (db) => succeed((await all(db)).filter((s) => s.deleted === null))),
    listDeleted: () =>
      withDatabase(async (db) => succeed((await all(db)).filter((s) => s.deleted !== null))),

    create: (project) =>
      withDatabase(async (db) => {
        const body = await storedBody(project);
        return atomically(db, async (tx) => {
          // The project keeps its own creation date: a file opened from 2024 stays a 2024 network.
          const stamped = { ...project, changed: now() };
          const summary = summarise(newId(), stamped, 1, stamped.created);
          await putNetwork(tx, summary, storedPiecesWith(stamped, body), textPart);
          return succeed(summary);
        });
      }),

    load: (id) => withDatabase((db) => readProject(db, id)),

    save: (id, project, baseVersion, { force = false, layout = false, settles } = {}) =>
      withDatabase(async (db) => {
        const body = await storedBody(project);
        const result = await atomically(db, async (tx) => {
          const stored = await tx.objectStore('networks').get(id);
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
          await putNetwork(tx, summary, storedPiecesWith(stamped, body), textPart);
          if (settles !== undefined) await settlePending(tx, settles.key, settles.sequence);
          return succeed(summary);
        });
        return layout
          ? result
          : announce(result, (saved) => ({ kind: 'saved', id, version: saved.version }));
      }),

    writeAhead: (edit, adopted = []) =>
      withDatabase(async (db) => {
        const tx = db.transaction('pending', 'readwrite');
        const writes = [tx.store.put(edit), ...adopted.map((key) => tx.store.delete(key))];
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
      withDatabase((db) =>
        atomically(db, async (tx) => {
          const current = await readProject(db, id, tx);
          if (!current.ok) return current;
          const stamp = now();
          const copy = { ...current.value.project, name, created: stamp, changed: stamp };
          const summary = summarise(newId(), copy, 1, stamp);
          await putNetwork(tx, summary, storedPieces(copy), textPart);
          return succeed(summary);
        }),
      ),

    remove: (id) =>
      withDatabase((db) =>
        atomically(db, async (tx) => {
          const stored = await tx.objectStore('networks').get(id);
          if (stored === undefined) return fail<NetworkSummary>({ code: 'not-found' });
          const summary = { ...stored, deleted: now(), version: stored.version + 1 };
          await putNetwork(tx, summary, null, textPart);
          return succeed(summary);
        }).then((result) => announce(result, () => ({ kind: 'deleted', id }))),
      ),

    restore: (id) => change(id, (summary) => [{ ...summary, deleted: null }, null]),

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
          await tx.objectStore('networks').clear();
          await tx.objectStore('projects').clear();
          await tx.objectStore('pending').clear();
          return succeed(undefined);
        }).then((result) => announce(result, () => ({ kind: 'cleared' }))),
      ),

    onOtherTab: (listener) => channel?.listen(listener) ?? (() => undefined),

    close() {
      void connection?.then((db) => db.ok && db.value.close());
      connection = null;
      channel?.close();
    },
  };
}
