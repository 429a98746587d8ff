import type { EditProblem, EditResult } from '../../core/edit';
import type { Network } from '../../core/model/types';
import { record, type History } from './history';
import type { ChangeLabel } from './labels';

export interface EditOutcome<T, S = never> {
  history: History<T, S>;
  /** Empty when the edit was taken; otherwise why not, and the history is unchanged. */
  problems: EditProblem[];
}

/**
 * Applies the result of a core edit (`addPartner`, `removeCooperation`, …) to the history: a
 * taken edit becomes a labelled step, a refused one leaves the history as it was.
 * `withNetwork` puts the new network into the history's state (for a history of networks, the
 * identity).
 */
export function recordEdit<T, S = never>(
  history: History<T, S>,
  result: EditResult,
  label: ChangeLabel,
  withNetwork: (state: T, network: Network) => T,
): EditOutcome<T, S> {
  if ('problems' in result) return { history, problems: result.problems };
  return {
    history: record<T, S>(withNetwork(history.present.state, result.network), label)(history),
    problems: [],
  };
}
