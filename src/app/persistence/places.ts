import type { DBSchema, IDBPDatabase } from 'idb';
import { openDatabase, openWith, type NetzwerkkarteDatabase, type OpenCallbacks } from './database';
import { fail, storageError, succeed, type StorageResult } from './errors';

/**
 * Where the networks are kept in the browser, and the bookkeeping that lets them move.
 *
 * Overwriting or deleting a record does not take it off the disk. Chromium keeps the IndexedDB
 * databases of a site in one LevelDB folder, where an overwritten or deleted record — even a
 * deleted database — stays in the `.log` and `.ldb` files as an old copy until LevelDB compacts
 * them, which no page can cause. A storage bucket (Storage Buckets API, Chromium 122 and later) has
 * a LevelDB folder of its own, and removing the bucket removes the folder. Firefox and Safari keep
 * each database in files of its own, removed with it. So whenever what is stored must not stay
 * readable — the protection turned on or off, a new password, everything deleted — everything is
 * written into a fresh place and the old one is removed with its files (`move.ts`).
 *
 * A small directory database in the site's own IndexedDB names the current place and the places
 * left over to remove; it holds nothing but their names.
 */

/** One place the networks were kept: a database, in a storage bucket of its own or not. */
export interface Place {
  /** The storage bucket, or null for the site's own IndexedDB. */
  bucket: string | null;
  /** The database's name. */
  name: string;
  /** Counts up with every move; 0 for the database earlier versions of the app kept. */
  generation: number;
}

/** What the directory says: the current place (null on a first start) and those to remove. */
export interface Directory {
  current: Place | null;
  leftovers: Place[];
}

type DirectoryRecord = { id: 'current'; place: Place } | { id: 'leftovers'; places: Place[] };

interface DirectoryDB extends DBSchema {
  places: { key: string; value: DirectoryRecord };
}

/** The storage buckets of the page, as far as they are used here. */
export interface Buckets {
  /** The IndexedDB of a bucket, made when it does not exist yet. */
  open(name: string): Promise<IDBFactory>;
  /** Removes a bucket with everything in it (nothing happens when there is none). */
  delete(name: string): Promise<void>;
}

/** Runs `work` while no other tab of this browser runs work under the same name. */
export type Exclusive = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** The part of the Storage Buckets API used here; TypeScript's DOM types do not have it yet. */
interface StorageBucketManager {
  open(
    name: string,
    options?: { persisted?: boolean },
  ): Promise<{ indexedDB: IDBFactory; persisted(): Promise<boolean>; persist(): Promise<boolean> }>;
  delete(name: string): Promise<void>;
  keys(): Promise<string[]>;
}

function bucketManager(): StorageBucketManager | undefined {
  const found = (globalThis.navigator as { storageBuckets?: StorageBucketManager } | undefined)
    ?.storageBuckets;
  return typeof found?.open === 'function' ? found : undefined;
}

/** The browser's storage buckets, or null where it has none (Firefox, Safari, Node). */
export function browserBuckets(): Buckets | null {
  const manager = bucketManager();
  if (manager === undefined) return null;
  return {
    async open(name) {
      const bucket = await manager.open(name, { persisted: true });
      // A promise to keep the site's data given after the bucket was made holds for it too.
      try {
        if (!(await bucket.persisted()) && (await navigator.storage.persisted()))
          await bucket.persist();
      } catch {
        // The browser keeps the data as long as it can; the app says so where it asks.
      }
      return bucket.indexedDB;
    },
    delete: (name) => manager.delete(name),
  };
}

/**
 * Asks the browser to keep the buckets of the given base name as well, once it promised to keep
 * the site's data (a promise asked for after they were made does not reach them by itself).
 */
export async function persistBuckets(base: string): Promise<void> {
  const manager = bucketManager();
  if (manager === undefined) return;
  for (const name of await manager.keys())
    if (name.startsWith(`${base}-`)) await (await manager.open(name)).persist();
}

/** Web Locks between the tabs of the browser; within this page only where there are none. */
export function browserExclusive(): Exclusive {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (locks !== undefined && typeof locks.request === 'function')
    return (name, work) => locks.request(name, () => work());
  return inThisPage;
}

/**
 * A lock within this page only, for where the browser has no Web Locks (and for Node, where the
 * tests run their tabs side by side): work under one name runs one after the other.
 */
export function exclusiveInPage(): Exclusive {
  const queues = new Map<string, Promise<unknown>>();
  return (name, work) => {
    const run = (queues.get(name) ?? Promise.resolve()).then(work);
    queues.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  };
}

const inThisPage = exclusiveInPage();

export interface PlacesOptions {
  factory: IDBFactory | undefined;
  buckets: Buckets | null;
  exclusive: Exclusive;
  /** The name of the first database; the others and the directory are named after it. */
  base: string;
}

export interface Places {
  /** Whether the browser has storage buckets that open, so that each place can be one of its own. */
  readonly inBuckets: boolean;
  /** Runs `work` while no other tab moves the networks or tidies the places. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  read(): Promise<StorageResult<Directory>>;
  write(directory: Directory): Promise<void>;
  /**
   * The place of a first start: the database of an earlier version if there is one, else a fresh
   * one — in a bucket of its own where the browser has them, so that it can be removed for good.
   */
  first(): Promise<Place>;
  /** The place to move to from `after`. */
  next(after: Place): Place;
  open(place: Place, callbacks: OpenCallbacks): Promise<StorageResult<NetzwerkkarteDatabase>>;
  /**
   * Removes a place with its files; false when that is not done yet (another tab still holds it
   * open, or the browser refused), so that it stays among the leftovers.
   */
  remove(place: Place): Promise<boolean>;
}

export function samePlace(a: Place, b: Place): boolean {
  return a.bucket === b.bucket && a.name === b.name;
}

export function createPlaces({ factory, buckets, exclusive, base }: PlacesOptions): Places {
  const directoryName = `${base}-places`;
  const earlier: Place = { bucket: null, name: base, generation: 0 };
  // Buckets the browser refuses to open (a policy, a sandboxed page) are not used from then on.
  let bucketsOpen = buckets !== null;

  function directory(): Promise<StorageResult<IDBPDatabase<DirectoryDB>>> {
    return openWith<DirectoryDB>(
      factory,
      directoryName,
      1,
      () => undefined,
      (db) => {
        if (!db.objectStoreNames.contains('places'))
          db.createObjectStore('places', { keyPath: 'id' });
      },
    );
  }

  async function factoryOf(place: Place): Promise<IDBFactory | undefined> {
    if (place.bucket === null) return factory;
    try {
      return await buckets?.open(place.bucket);
    } catch (error) {
      bucketsOpen = false;
      throw error;
    }
  }

  return {
    get inBuckets() {
      return bucketsOpen;
    },
    exclusive: (work) => exclusive(directoryName, work),

    async read() {
      const opened = await directory();
      if (!opened.ok) return opened;
      const db = opened.value;
      try {
        const tx = db.transaction('places', 'readonly');
        const [current, leftovers] = await Promise.all([
          tx.store.get('current'),
          tx.store.get('leftovers'),
        ]);
        return succeed({
          current: current?.id === 'current' ? current.place : null,
          leftovers: leftovers?.id === 'leftovers' ? leftovers.places : [],
        });
      } finally {
        db.close();
      }
    },

    async write({ current, leftovers }) {
      const opened = await directory();
      if (!opened.ok) throw new Error(`netzwerkkarte: directory ${opened.error.code}`);
      const db = opened.value;
      try {
        const tx = db.transaction('places', 'readwrite');
        if (current === null) await tx.store.delete('current');
        else await tx.store.put({ id: 'current', place: current });
        await tx.store.put({ id: 'leftovers', places: leftovers });
        await tx.done;
      } finally {
        db.close();
      }
    },

    async first() {
      if (!bucketsOpen) return earlier;
      // Listing the databases is Chromium's since version 71, as the buckets are its since 122.
      const listed = await factory?.databases?.();
      if (listed?.some((db) => db.name === base) !== false) return earlier;
      const fresh: Place = { bucket: `${base}-1`, name: base, generation: 1 };
      return factoryOf(fresh).then(
        () => fresh,
        () => earlier,
      );
    },

    next(after) {
      const generation = after.generation + 1;
      const name = `${base}-${generation}`;
      return bucketsOpen
        ? { bucket: name, name: base, generation }
        : { bucket: null, name, generation };
    },

    async open(place, callbacks) {
      try {
        return await openDatabase(await factoryOf(place), place.name, callbacks);
      } catch (error) {
        return fail(storageError(error));
      }
    },

    async remove(place) {
      if (place.bucket !== null)
        return buckets === null
          ? false
          : buckets.delete(place.bucket).then(
              () => true,
              () => false,
            );
      if (factory === undefined || typeof factory.deleteDatabase !== 'function') return false;
      const request = factory.deleteDatabase(place.name);
      // Blocked: another tab has not closed it yet. It is removed once they have; until then it
      // stays among the leftovers, to be removed again at the next start.
      return new Promise((resolve) => {
        request.addEventListener('success', () => resolve(true));
        request.addEventListener('error', () => resolve(false));
        request.addEventListener('blocked', () => resolve(false));
      });
    },
  };
}
