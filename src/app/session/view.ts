import { createStore } from 'zustand/vanilla';
import type {
  NetworkSummary,
  PersistenceGrant,
  ProtectionState,
  StorageErrorCode,
  TabMessage,
} from '../persistence';

/** Whether the open network is kept: saved (when), being saved, or not, and why not. */
export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'error'; code: StorageErrorCode };

/** What another tab did to the networks of this browser, for a notice above the list. */
export type TabNotice = TabMessage['kind'];

/** A network just deleted, which "Rückgängig" can bring back until the undo period ends. */
export interface RemovedNetwork {
  summary: NetworkSummary;
  /** It was the open network, so bringing it back opens it again. */
  wasOpen: boolean;
}

/** Work on the password protection under way, for a status line while it takes a moment. */
export type ProtectionWork = 'unlocking' | 'protecting' | 'unprotecting' | 'changing';

/** What the networks panel shows; the session controller is the only writer. */
export interface SessionView {
  /** Stored networks, most recently changed first. */
  networks: NetworkSummary[];
  /** The stored network shown, or null while it lives only in memory. */
  currentId: string | null;
  save: SaveStatus;
  /** False when this browser refuses to store anything (private window, switched off, blocked). */
  available: boolean;
  persistence: PersistenceGrant | null;
  /** Another tab saved a newer version of the open network than the one this tab builds on. */
  conflict: { id: string; version: number } | null;
  notice: TabNotice | null;
  removed: RemovedNetwork | null;
  /**
   * The password protection of what is stored: off, on (this tab has the key) or locked (the
   * password is asked before any stored network shows); `unsupported` without Web Crypto.
   */
  protection: ProtectionState | 'unsupported';
  protectionWork: ProtectionWork | null;
  /** Why the last step of the protection did not happen (a wrong password), or null. */
  protectionError: StorageErrorCode | null;
  /** The short orientation of a first visit is due; null until the settings have been read. */
  orientationDue: boolean | null;
}

export const initialSessionView: SessionView = {
  networks: [],
  currentId: null,
  save: { kind: 'saved', at: null },
  available: true,
  persistence: null,
  conflict: null,
  notice: null,
  removed: null,
  protection: 'off',
  protectionWork: null,
  protectionError: null,
  orientationDue: null,
};

export function createSessionView() {
  return createStore<SessionView>(() => initialSessionView);
}

export type SessionViewStore = ReturnType<typeof createSessionView>;

/** The list with one network's new summary in place, kept in order of the last change. */
export function withSummary(networks: NetworkSummary[], summary: NetworkSummary): NetworkSummary[] {
  return [summary, ...networks.filter((s) => s.id !== summary.id)].sort((a, b) =>
    b.changed.localeCompare(a.changed),
  );
}
