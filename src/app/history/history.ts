import type { ChangeLabel } from './labels';

/**
 * One state in the history and the change that led to it. `side`: what else the change replaced
 * beside the state, before and after it (the offers and memberships an import brought), so that
 * undo puts back the one and redo the other.
 */
export interface Step<T, S = never> {
  state: T;
  label: ChangeLabel;
  side?: Side<S>;
}

export interface Side<S> {
  before: S;
  after: S;
}

/**
 * Undo and redo over any state (the network, the whole project): the steps before the present,
 * the present, and the steps undone. `limit` bounds how many steps back can be undone, so a long
 * session does not keep every copy of a large network in memory.
 */
export interface History<T, S = never> {
  past: Step<T, S>[];
  present: Step<T, S>;
  future: Step<T, S>[];
  limit: number;
}

export const DEFAULT_HISTORY_LIMIT = 50;

export function createHistory<T, S = never>(
  state: T,
  label: ChangeLabel,
  limit = DEFAULT_HISTORY_LIMIT,
): History<T, S> {
  return { past: [], present: { state, label }, future: [], limit: Math.max(0, Math.floor(limit)) };
}

/**
 * Producers in the store's style, `(args) => (history) => history`. A new change drops what was
 * undone; the same state again is no change.
 */
export const record =
  <T, S = never>(state: T, label: ChangeLabel, side?: Side<S>) =>
  (history: History<T, S>): History<T, S> => {
    if (state === history.present.state && side === undefined) return history;
    const past = [...history.past, history.present];
    return {
      ...history,
      past: past.slice(Math.max(0, past.length - history.limit)),
      present: side === undefined ? { state, label } : { state, label, side },
      future: [],
    };
  };

export const undo =
  () =>
  <T, S>(history: History<T, S>): History<T, S> => {
    const previous = history.past.at(-1);
    if (previous === undefined) return history;
    return {
      ...history,
      past: history.past.slice(0, -1),
      present: previous,
      future: [history.present, ...history.future],
    };
  };

export const redo =
  () =>
  <T, S>(history: History<T, S>): History<T, S> => {
    const [next, ...rest] = history.future;
    if (next === undefined) return history;
    return { ...history, past: [...history.past, history.present], present: next, future: rest };
  };

/** Jumps to a step of `changeList` (undoing or redoing everything between). */
export const goTo =
  (index: number) =>
  <T, S>(history: History<T, S>): History<T, S> => {
    const steps = [...history.past, history.present, ...history.future];
    const target = steps[index];
    if (target === undefined) return history;
    return {
      ...history,
      past: steps.slice(0, index),
      present: target,
      future: steps.slice(index + 1),
    };
  };

/** Starts over from a state, e.g. after opening another network: nothing to undo. */
export const reset =
  <T>(state: T, label: ChangeLabel) =>
  <S>(history: History<T, S>): History<T, S> =>
    createHistory(state, label, history.limit);

/** The change undo would take back, for a button title like "Rückgängig: Partner gelöscht". */
export const undoLabel = <T, S>(history: History<T, S>): ChangeLabel | null =>
  history.past.length > 0 ? history.present.label : null;
export const redoLabel = <T, S>(history: History<T, S>): ChangeLabel | null =>
  history.future[0]?.label ?? null;

/** Every step, oldest first, with the index of the present one: the change history list. */
export function changeList<T, S>(
  history: History<T, S>,
): {
  labels: ChangeLabel[];
  current: number;
} {
  const steps = [...history.past, history.present, ...history.future];
  return { labels: steps.map((s) => s.label), current: history.past.length };
}
