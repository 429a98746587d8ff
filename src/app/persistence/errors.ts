import type { ProjectProblem } from '../../core/project';

/**
 * What went wrong with the browser's storage, as a code the app words (`storage.error.<code>`).
 * The storage never throws to its caller: the app keeps the network in memory and says why it
 * could not be kept.
 */
export type StorageError =
  /** No IndexedDB (switched off, some private windows, an old browser) or it refused to open. */
  | { code: 'unavailable' }
  /** Another tab holds an older version of the database open; closing it lets this one in. */
  | { code: 'blocked' }
  | { code: 'quota-exceeded' }
  | { code: 'not-found' }
  /** Another tab saved this network since it was loaded here; `version` is the stored one. */
  | { code: 'conflict'; version: number }
  /** The stored project cannot be read, e.g. it was saved by a newer Netzwerkkarte. */
  | { code: 'unreadable'; problems: ProjectProblem[] }
  /**
   * A password protects what is stored and this tab has no key for it (not given yet, or another
   * tab turned the protection on or changed the password).
   */
  | { code: 'locked' }
  | { code: 'wrong-password' }
  /** The page has no Web Crypto (not a secure context: plain http to another computer). */
  | { code: 'no-crypto' }
  | { code: 'failed' };

export type StorageErrorCode = StorageError['code'];

export const STORAGE_ERROR_CODES: readonly StorageErrorCode[] = [
  'unavailable',
  'blocked',
  'quota-exceeded',
  'not-found',
  'conflict',
  'unreadable',
  'locked',
  'wrong-password',
  'no-crypto',
  'failed',
];

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

export const succeed = <T>(value: T): StorageResult<T> => ({ ok: true, value });
export const fail = <T>(error: StorageError): StorageResult<T> => ({ ok: false, error });

/**
 * The code for an exception from IndexedDB, by its DOMException name (W3C Indexed Database API 3.0,
 * § exceptions). Browsers report a full disk or a private window's zero quota as
 * QuotaExceededError; Firefox's private mode and a database closed under us as InvalidStateError.
 */
export function storageError(error: unknown): StorageError {
  const name =
    typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') return { code: 'quota-exceeded' };
  // A sealed record without the key, or with another key than it was sealed with.
  if (name === 'NetzwerkkarteLocked' || name === 'OperationError') return { code: 'locked' };
  if (
    [
      'InvalidStateError',
      'SecurityError',
      'UnknownError',
      'VersionError',
      'NotSupportedError',
    ].includes(name)
  )
    return { code: 'unavailable' };
  return { code: 'failed' };
}

/** Runs a storage step; whatever it throws becomes a code. */
export async function guarded<T>(step: () => Promise<StorageResult<T>>): Promise<StorageResult<T>> {
  try {
    return await step();
  } catch (error) {
    return fail(storageError(error));
  }
}
