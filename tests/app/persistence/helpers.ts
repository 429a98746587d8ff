import { IDBFactory } from 'fake-indexeddb';
import { createPartner, createCooperation } from '../../../src/core/model/types';
import { createProject, type Project } from '../../../src/core/project';
import {
  createNetworkStorage,
  type NetworkStorage,
  type NetworkStorageOptions,
  type StorageResult,
} from '../../../src/app/persistence';

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
