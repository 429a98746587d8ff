import { IDBFactory } from 'fake-indexeddb';
import { createPartner, createCooperation } from '../../../src/core/model/types';
import { createProject, type Project } from '../../../src/core/project';
import {
  createNetworkStorage,
  type NetworkStorage,
  type NetworkStorageOptions,
  type StorageResult,
} from '../../../src/app/persistence';
import type { Buckets } from '../../../src/app/persistence/places';

/** A clock that moves on one minute at every reading, from a fixed morning. */
export function ticking(start = '2025-03-14T08:00:00.000Z'): () => Date {
  let minutes = 0;
  return () => new Date(Date.parse(start) + 60_000 * minutes++);
}

export function beispielkreis(name = 'Netzwerk Frühe Hilfen Beispielkreis'): Project {
  const project = createProject(name, '2025-01-01T00:00:00.000Z', {
    partners: [
      createPartner({ id: 'JA', name: 'Jugendamt' }),
      createPartner({ id: '__proto__', name: 'Hebammenpraxis' }),
    ],
    cooperations: [createCooperation({ source: 'JA', target: '__proto__', intensity: 3 })],
  });
  project.positions.set('__proto__', { x: 10, y: -5, pinned: true });
  return project;
}

let counter = 0;
/** A storage on a fresh in-memory IndexedDB (or the given one), without a tab channel unless asked. */
export function freshStorage(options: NetworkStorageOptions = {}): NetworkStorage {
  return createNetworkStorage({
    indexedDB: new IDBFactory(),
    channel: null,
    now: ticking(),
    newId: () => `netz-${++counter}`,
    ...options,
  });
}

export function value<T>(result: StorageResult<T>): T {
  if (!result.ok) throw new Error(`storage failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * Storage buckets as Chromium has them, on fake IndexedDBs: each bucket an IndexedDB of its own,
 * removed with everything in it. `opening` can hold up or fail the opening of a bucket.
 */
export function fakeBuckets(opening: (name: string) => Promise<void> = async () => undefined) {
  const factories = new Map<string, IDBFactory>();
  const buckets: Buckets = {
    async open(name) {
      await opening(name);
      let factory = factories.get(name);
      if (factory === undefined) factories.set(name, (factory = new IDBFactory()));
      return factory;
    },
    async delete(name) {
      const factory = factories.get(name);
      factories.delete(name);
      if (factory === undefined) return;
      // The browser closes every connection to a removed bucket; here they are asked to close.
      for (const { name: db } of await factory.databases())
        await new Promise((done) => {
          const request = factory.deleteDatabase(db!);
          request.onsuccess = done;
          request.onerror = done;
        });
    },
  };
  return { buckets, factories };
}

/** The names of the databases in a fake IndexedDB, sorted. */
export async function databaseNames(factory: IDBFactory): Promise<string[]> {
  return (await factory.databases()).map((db) => db.name ?? '').sort();
}

/**
 * Every record of every object store of the database that holds the networks, written out as
 * text (bytes as UTF-8 and as UTF-16 text, so that a name stored as bytes shows too). Throws
 * unless there is exactly one such database (all but the directory), in the page's IndexedDB or
 * in a bucket: one the networks were moved from is removed.
 */
export async function rawRecords(
  factory: IDBFactory,
  buckets: ReadonlyMap<string, IDBFactory> = new Map(),
): Promise<string> {
  const places: [IDBFactory, string][] = [];
  for (const name of await databaseNames(factory))
    if (!name.endsWith('-places')) places.push([factory, name]);
  for (const bucket of buckets.values())
    for (const name of await databaseNames(bucket)) places.push([bucket, name]);
  if (places.length !== 1)
    throw new Error(`not one database of networks: ${places.map(([, name]) => name).join(', ')}`);
  const all: unknown[] = [];
  for (const [where, name] of places) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = where.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames];
    if (stores.join() !== 'meta,networks,pending,projects')
      throw new Error(`stores ${stores.join()}`);
    const tx = db.transaction(stores, 'readonly');
    all.push(
      await Promise.all(
        stores.map(
          (store) =>
            new Promise<unknown[]>((resolve, reject) => {
              const request = tx.objectStore(store).getAll();
              request.onsuccess = () => resolve(request.result as unknown[]);
              request.onerror = () => reject(request.error);
            }),
        ),
      ),
    );
    db.close();
  }
  return JSON.stringify(all[0], (_key, item: unknown) => {
    if (item instanceof Map) return [...(item as Map<unknown, unknown>)];
    if (item instanceof ArrayBuffer || ArrayBuffer.isView(item)) {
      const bytes = Buffer.from(
        item instanceof ArrayBuffer
          ? item
          : item.buffer.slice(item.byteOffset, item.byteOffset + item.byteLength),
      );
      return [bytes.toString('utf8'), bytes.toString('utf16le')];
    }
    return item;
  });
}
