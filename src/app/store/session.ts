import type { Project } from '../../core/project';
import { ensureSafeKeys } from '../../core/model/keys';
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
    // A project file may carry keys such as "constructor" (the reader keeps them as data): they get
    // the same safe form as on import, everywhere the project names a partner.
    const { network, renamed } = ensureSafeKeys(project.network);
    const rekey = (id: string) => renamed.get(id) ?? id;
    const { name } = project;
    const offers = project.offers.map((o) => ({ ...o, partner: rekey(o.partner) }));
    const memberships = project.memberships.map((m) => ({ ...m, partner: rekey(m.partner) }));
    const opened = applyImport(
      { network, offers, memberships, problems: [], fatal: false },
      name,
    )(state);
    return {
      ...opened,
      history: reset(network, changeLabel('opened', { name }))(state.history),
      lastImport: null,
      corrections: new Map([...project.corrections].map(([id, type]) => [rekey(id), type])),
      positions: new Map([...project.positions].map(([id, at]) => [rekey(id), { ...at }])),
    };
  };

/** A new name for the open network; the network itself and its history stay as they are. */
export const nameNetwork =
  (name: string) =>
  (state: NetworkState): NetworkState => ({ ...state, name, isSample: false });
