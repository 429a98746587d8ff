/**
 * Keeping networks in the browser (IndexedDB). Start with `createNetworkStorage()`; every method
 * answers `{ ok: true, value }` or `{ ok: false, error: { code } }` and never throws.
 */
export {
  createNetworkStorage,
  DELETE_UNDO_PERIOD_MS,
  type NetworkStorage,
  type NetworkStorageOptions,
  type ProtectionState,
  type SaveOptions,
  type StoredNetwork,
} from './storage';
export { AUTOSAVE_DELAY_MS, createAutosave, type Autosave } from './autosave';
export { currentPersistence, requestPersistentStorage, type PersistenceGrant } from './persist';
export { broadcastChannel, CHANNEL_NAME, type TabChannel, type TabMessage } from './tabs';
export { DATABASE_NAME, pendingKey, type NetworkSummary, type PendingEdit } from './database';
export { PROTECTION_ITERATIONS, subtleCrypto } from './sealing';
export {
  applyChanges,
  applyToNetwork,
  changesBetween,
  clashesOf,
  noChanges,
  pinChanges,
  withoutClashes,
  type Clash,
  type ProjectChanges,
  type ProjectContent,
} from './changes';
export {
  STORAGE_ERROR_CODES,
  type StorageError,
  type StorageErrorCode,
  type StorageResult,
} from './errors';
