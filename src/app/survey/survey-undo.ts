import type { ChangeLabel } from '../history';
import type { NetworkState } from '../store/state';
import type { KeptSurvey } from './kept-survey';

/**
 * Survey changes in the network's undo history. A survey change is a step of its own, named by
 * its label ("Befragung „2025“ angelegt"), that leaves the network as it is; what the survey was
 * before and after it is kept here by the step's label, which stays with the step when undo, redo
 * or another tab's changes move or copy it.
 */
const changes = new WeakMap<ChangeLabel, { before: KeptSurvey | null; after: KeptSurvey | null }>();

/** The history with a step for a survey change: the same network, the change's label. */
export const recordSurveyStep =
  (label: ChangeLabel, before: KeptSurvey | null, after: KeptSurvey | null) =>
  (state: NetworkState): NetworkState => {
    changes.set(label, { before, after });
    const { history } = state;
    const past = [...history.past, history.present];
    return {
      ...state,
      history: {
        ...history,
        past: past.slice(Math.max(0, past.length - history.limit)),
        present: { state: history.present.state, label },
        future: [],
      },
    };
  };

type Steps = NetworkState['history'];

/**
 * Where undo, redo or a jump in the change list moved between two histories of the same steps,
 * the survey as it is after the move: before the earliest survey change undone, or after the
 * latest survey change redone. Undefined where no survey change was crossed, or where the
 * histories are not the same steps (a new step, another network).
 */
export function surveyAfterMove(
  previous: Steps,
  next: Steps,
): { survey: KeptSurvey | null } | undefined {
  const before = [...previous.past, previous.present, ...previous.future];
  const after = [...next.past, next.present, ...next.future];
  if (before.length !== after.length || before.some((step, i) => step !== after[i]))
    return undefined;
  const from = previous.past.length;
  const to = next.past.length;
  if (to < from) {
    for (let i = to + 1; i <= from; i++) {
      const change = changes.get(before[i]!.label);
      if (change !== undefined) return { survey: change.before };
    }
  } else {
    for (let i = to; i > from; i--) {
      const change = changes.get(before[i]!.label);
      if (change !== undefined) return { survey: change.after };
    }
  }
  return undefined;
}
