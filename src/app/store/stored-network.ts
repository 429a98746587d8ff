import type { Project } from '../../core/project';
import { changeLabel, reset } from '../history';
import { applyImport, type NetworkState } from './state';

/**
 * Producers for networks kept in the browser. Opening a stored project replaces the network like
 * an import does (a new generation), but takes the project's own name, offers, memberships and
 * catalogue corrections, and starts the undo history afresh: the steps of another network cannot
 * be undone into this one.
 */
export const openStoredProject =
  (project: Project) =>
  (state: NetworkState): NetworkState => {
    const { name, network, offers, memberships } = project;
    const opened = applyImport(
      { network, offers, memberships, problems: [], fatal: false },
      name,
    )(state);
    return {
      ...opened,
      history: reset(network, changeLabel('opened', { name }))(state.history),
      corrections: new Map(project.corrections),
      positions: new Map([...project.positions].map(([id, at]) => [id, { ...at }])),
    };
  };

/**
 * A new name for the open network; the network itself and its history stay as they are. A name the
 * coordinator gives makes it hers (no longer the sample); one the session gives to tell two networks
 * apart ("Beispielkreis (2)") leaves the sample the sample.
 */
export const nameNetwork =
  (name: string, isSample = false) =>
  (state: NetworkState): NetworkState => ({ ...state, name, isSample });
