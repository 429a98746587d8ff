import { DATABASE_NAME } from './database';
import { persistBuckets } from './places';

export type PersistenceGrant = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser not to clear this site's storage when space runs low (Storage Standard,
 * `navigator.storage.persist()`). Browsers may grant it silently, ask, or refuse; without it,
 * saved networks may be evicted, so the app can suggest exporting a project file.
 */
export async function requestPersistentStorage(
  manager: Pick<StorageManager, 'persist'> | undefined = globalThis.navigator?.storage,
): Promise<PersistenceGrant> {
  if (manager === undefined || typeof manager.persist !== 'function') return 'unsupported';
  try {
    if (!(await manager.persist())) return 'denied';
  } catch {
    return 'denied';
  }
  // The networks live in storage buckets of their own (see `places.ts`), which the promise made
  // for the site now reaches as well.
  await persistBuckets(DATABASE_NAME).catch(() => undefined);
  return 'granted';
}

/**
 * What the browser has already promised, without asking anything (`navigator.storage.persisted()`):
 * 'granted', 'unsupported' when it has no such promise to give, or null when not (yet) granted.
 */
export async function currentPersistence(
  manager: Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined = globalThis.navigator
    ?.storage,
): Promise<PersistenceGrant | null> {
  if (manager === undefined || typeof manager.persist !== 'function') return 'unsupported';
  if (typeof manager.persisted !== 'function') return null;
  try {
    return (await manager.persisted()) ? 'granted' : null;
  } catch {
    return null;
  }
}
