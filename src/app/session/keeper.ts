import type { Project } from '../../core/project';
import {
  createAutosave,
  versionedSave,
  type Autosave,
  type NetworkStorage,
  type NetworkSummary,
  type StorageResult,
} from '../persistence';

/** The stored network that is open: where its edits are saved, and on top of which version. */
export interface KeptNetwork {
  id: string;
  /** The project as it was opened: keeps what the state does not hold (positions, snapshots). */
  opened: Project;
  /** The version stored by this tab last; a tab message with a higher one is another tab's save. */
  version(): number;
  autosave: Autosave<Project, StorageResult<NetworkSummary>>;
}

export interface KeepCallbacks {
  saving(): void;
  saved(result: StorageResult<NetworkSummary>): void;
}

/**
 * Binds the autosave to one stored network, starting from the version it was loaded or created
 * with. Switching networks makes a new one, so a late save can never land on the wrong network.
 */
export function keepNetwork(
  storage: NetworkStorage,
  summary: NetworkSummary,
  opened: Project,
  callbacks: KeepCallbacks,
  delayMs: number,
): KeptNetwork {
  let version = summary.version;
  const save = versionedSave(storage, summary.id, summary.version);
  const autosave = createAutosave(
    (project: Project) => {
      callbacks.saving();
      return save(project);
    },
    (result) => {
      if (result.ok) version = result.value.version;
      callbacks.saved(result);
    },
    delayMs,
  );
  return { id: summary.id, opened, version: () => version, autosave };
}
