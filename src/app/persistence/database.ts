import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { ProjectChanges } from './changes';
import { fail, storageError, succeed, type StorageResult } from './errors';
import type { ProtectionRecord, Sealed } from './sealing';
import type { Place } from './places';

/** What the list of saved networks shows, without loading the networks themselves. */
export interface NetworkSummary {
  id: string;
  name: string;
  /** ISO timestamps. */
  created: string;
  changed: string;
  /** Goes up by one with every save, so a tab can tell that another tab saved in between. */
  version: number;
  /** When it was deleted (still restorable until purged), or null. */
  deleted: string | null;
  partners: number;
  cooperations: number;
}

/**
 * An edit written ahead of the full save, at once and in a small transaction of its own, so a
 * reload or a closed tab right after the edit does not lose it: the changes one tab made since the
 * version it builds on. The save that contains them removes them; a start finds them otherwise.
 */
export interface PendingEdit {
  /** The network's ID, U+0000 and the tab's (`pendingKey`). */
  key: string;
  network: string;
  tab: string;
  /** The stored version the changes were made over. */
  base: number;
  /** Counts up with every write of the tab, so a save removes only what it contains. */
  sequence: number;
  /** ISO timestamp. */
  written: string;
  changes: ProjectChanges;
}

export const pendingKey = (network: string, tab: string) => `${network}\u0000${tab}`;

/**
 * A summary as stored: with the password protection on, its name and size are `sealed`
 * (see `records.ts`); the ID, the version and the dates stay readable for the transactions.
 */
export interface SummaryRecord extends Omit<NetworkSummary, 'name' | 'partners' | 'cooperations'> {
  name?: string;
  partners?: number;
  cooperations?: number;
  sealed?: Sealed;
}

/** A part of a project's text as stored: as `text`, or `sealed` with the protection on. */
export interface ProjectRecord {
  id: string;
  text?: string;
  sealed?: Sealed;
  parts?: number;
}

/** An edit written ahead as stored: its `changes`, or them `sealed` with the protection on. */
export interface PendingRecord extends Omit<PendingEdit, 'changes'> {
  changes?: ProjectChanges;
  sealed?: Sealed;
}

/** Where this database stands among the places the networks were kept (`places.ts`). */
export interface PlaceRecord {
  id: typeof PLACE_ID;
  /**
   * Everything here was moved to this place (protection turned on or off, a new password, all
   * deleted): nothing may be stored here any more, and the database is removed.
   */
  moved: Place;
}

/** A small setting kept with the networks (the saved column mappings): as `text`, or `sealed`. */
export interface SettingRecord {
  /** `setting:` and the setting's name. */
  id: `setting:${string}`;
  text?: string;
  sealed?: Sealed;
}

export type MetaRecord = ProtectionRecord | PlaceRecord | SettingRecord;

export const PLACE_ID = 'place';
export const settingId = (name: string): SettingRecord['id'] => `setting:${name}`;

/**
 * Four stores: the summaries (small, listed often), the project files (`.netzwerkkarte.json`
 * text, read on load), the edits written ahead of a save and what the app keeps about itself (the
 * password protection's salt and verifier, whether the database was moved, small settings).
 * Keeping the file text means a stored network migrates exactly like a file.
 */
export interface NetzwerkkarteDB extends DBSchema {
  networks: { key: string; value: SummaryRecord };
  /**
   * A project's text, in parts (see `putNetwork`): the record under the network's ID holds the
   * first part and how many there are, the others are kept under the ID, U+0000 and their number.
   */
  projects: { key: string; value: ProjectRecord };
  /** Edits not yet in a saved version (version 2 of the database). */
  pending: { key: string; value: PendingRecord };
  /**
   * The password protection, when it is on (version 3 of the database); where the database was
   * moved to, and the settings kept with the networks.
   */
  meta: { key: string; value: MetaRecord };
}

export type NetzwerkkarteDatabase = IDBPDatabase<NetzwerkkarteDB>;

export const DATABASE_NAME = 'netzwerkkarte';
const DATABASE_VERSION = 3;

export interface OpenCallbacks {
  /**
   * This connection was closed: another tab wants a newer version or removes the database, or the
   * browser ended it (a storage bucket removed).
   */
  closed(db: NetzwerkkarteDatabase): void;
}

/**
 * Opens the database through the given factory (the browser's `indexedDB`, or a fake in tests).
 * idb's `openDB` always uses the global one, so the request is opened here and its database wrapped.
 */
export function openDatabase(
  factory: IDBFactory | undefined,
  name: string,
  callbacks: OpenCallbacks,
): Promise<StorageResult<NetzwerkkarteDatabase>> {
  return openWith<NetzwerkkarteDB>(factory, name, DATABASE_VERSION, callbacks.closed, (db) => {
    if (!db.objectStoreNames.contains('networks'))
      db.createObjectStore('networks', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('projects'))
      db.createObjectStore('projects', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('pending'))
      db.createObjectStore('pending', { keyPath: 'key' });
    if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'id' });
  });
}

/** Opens a database of the given schema, making its stores in `upgrade` where they are missing. */
export function openWith<Schema extends DBSchema>(
  factory: IDBFactory | undefined,
  name: string,
  version: number,
  closed: (db: IDBPDatabase<Schema>) => void,
  upgrade: (db: IDBPDatabase<Schema>) => void,
): Promise<StorageResult<IDBPDatabase<Schema>>> {
  if (factory === undefined) return Promise.resolve(fail({ code: 'unavailable' }));
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      resolve(fail(storageError(error)));
      return;
    }
    let settled = false;
    request.addEventListener('upgradeneeded', () => {
      upgrade(wrap(request.result) as IDBPDatabase<Schema>);
    });
    // A blocked open may still succeed later; by then the caller has its answer, so close it.
    request.addEventListener('blocked', () => {
      settled = true;
      resolve(fail({ code: 'blocked' }));
    });
    request.addEventListener('success', () => {
      const db = wrap(request.result) as IDBPDatabase<Schema>;
      if (settled) return db.close();
      settled = true;
      db.addEventListener('versionchange', () => {
        db.close();
        closed(db);
      });
      db.addEventListener('close', () => closed(db));
      resolve(succeed(db));
    });
    request.addEventListener('error', () => {
      if (!settled) resolve(fail(storageError(request.error)));
      settled = true;
    });
  });
}
