/**
 * What earlier versions kept in the browser's localStorage beside the networks in IndexedDB (the
 * column mappings saved under a name, now kept with the networks): read once to move it over,
 * then forgotten. Each call takes the storage to use, the browser's by default, so that tests pass
 * one of their own.
 */
export type SettingsStorage = Pick<Storage, 'getItem' | 'removeItem'>;

/** The text kept under a key, or null; throws where the browser refuses storage for the page. */
export function readSetting(key: string, storage: SettingsStorage = localStorage): string | null {
  return storage.getItem(key);
}

/** Forgets a key; where there is no storage (Node) or it refuses, nothing is kept to forget. */
export function forgetSetting(
  key: string,
  storage: SettingsStorage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage refused (private mode): there is nothing kept to forget.
  }
}
