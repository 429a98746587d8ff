import { changeList } from '../history';
import { redoChange, undoChange, type NetworkState } from '../store/state';

/**
 * Goes to a step of the change list by undoing or redoing every step in between, so the jump
 * itself is no new change and redo still leads back.
 */
export const jumpTo =
  (index: number) =>
  (state: NetworkState): NetworkState => {
    const { labels, current } = changeList(state.history);
    if (!Number.isInteger(index) || index < 0 || index >= labels.length) return state;
    let next = state;
    for (let step = current; step > index; step--) next = undoChange()(next);
    for (let step = current; step < index; step++) next = redoChange()(next);
    return next;
  };
