import { createProject, PROJECT_FILE_EXTENSION, type Project } from '../../core/project';
import { standsFor } from '../compare/stand-store';
import { settingsFor } from '../survey/survey-store';
import { currentNetwork, type NetworkState } from '../store/state';

/**
 * The project to keep for the state shown: its name, network, offers, memberships and catalogue
 * corrections, the map positions and the Stände. What the state does not hold (settings)
 * comes from the project it was opened from.
 */
export function projectFromState(
  state: NetworkState,
  opened: Project | null,
  now: string,
): Project {
  const base = opened ?? createProject(state.name, now);
  return {
    ...base,
    name: state.name,
    changed: now,
    network: currentNetwork(state),
    offers: state.offers,
    memberships: state.memberships,
    corrections: new Map(state.corrections),
    positions: state.positions.size > 0 ? new Map(state.positions) : base.positions,
    stands: standsFor(state.generation) ?? base.stands,
    // The Netzwerkbefragung is kept among the settings (survey/kept-survey.ts).
    settings: settingsFor(state.generation, base.settings),
  };
}

/** Characters that Windows, macOS or Linux refuse in a file name (control characters apart). */
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|]+/g;

/** `Netzwerk Frühe Hilfen 2025.netzwerkkarte.json`: the name as the coordinator gave it, made safe. */
export function projectFileName(name: string, fallback: string): string {
  const printable = [...name].map((c) => ((c.codePointAt(0) ?? 0) < 32 ? ' ' : c)).join('');
  const safe = printable.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim();
  return (safe || fallback) + PROJECT_FILE_EXTENSION;
}

/** The name for a project read from a file that carries none (version 1): the file's own name. */
export function nameFromFileName(fileName: string): string {
  const lower = fileName.toLowerCase();
  for (const ending of [PROJECT_FILE_EXTENSION, '.json']) {
    if (lower.endsWith(ending)) return fileName.slice(0, -ending.length);
  }
  return fileName;
}
