import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { fail, storageError, succeed, type StorageResult } from './errors';

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
 * Two stores: the summaries (small, listed often) and the project files (`.netzwerkkarte.json`
 * text, read on load). Keeping the file text means a stored network migrates exactly like a file.
 */
export interface NetzwerkkarteDB extends DBSchema {
  networks: { key: string; value: NetworkSummary };
  /**
   * A project's text, in parts (see `putNetwork`): the record under the network's ID holds the
   * first part and how many there are, the others are kept under the ID, U+0000 and their number.
   */
  projects: { key: string; value: { id: string; text: string; parts?: number } };
}

export type NetzwerkkarteDatabase = IDBPDatabase<NetzwerkkarteDB>;

export const DATABASE_NAME = 'netzwerkkarte';
const DATABASE_VERSION = 1;

export interface OpenCallbacks {
  /** This connection was closed: another tab wants a newer version, or the browser ended it. */
  closed(): void;
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
  if (factory === undefined) return Promise.resolve(fail({ code: 'unavailable' }));
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DATABASE_VERSION);
    } catch (error) {
      resolve(fail(storageError(error)));
      return;
    }
    let settled = false;
    request.addEventListener('upgradeneeded', () => {
      const db = wrap(request.result) as NetzwerkkarteDatabase;
      if (!db.objectStoreNames.contains('networks'))
        db.createObjectStore('networks', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('projects'))
        db.createObjectStore('projects', { keyPath: 'id' });
    });
    // A blocked open may still succeed later; by then the caller has its answer, so close it.
    request.addEventListener('blocked', () => {
      settled = true;
      resolve(fail({ code: 'blocked' }));
    });
    request.addEventListener('success', () => {
      const db = wrap(request.result) as NetzwerkkarteDatabase;
      if (settled) return db.close();
      settled = true;
      db.addEventListener('versionchange', () => {
        db.close();
        callbacks.closed();
      });
      db.addEventListener('close', () => callbacks.closed());
      resolve(succeed(db));
    });
    request.addEventListener('error', () => {
      if (!settled) resolve(fail(storageError(request.error)));
      settled = true;
    });
  });
}
