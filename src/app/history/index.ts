/** Undo/redo with a labelled change list, as pure producers over a `History<T>`. */
export {
  createHistory,
  changeList,
  goTo,
  record,
  redo,
  redoLabel,
  reset,
  undo,
  undoLabel,
  DEFAULT_HISTORY_LIMIT,
  type History,
  type Side,
  type Step,
} from './history';
export { CHANGE_CODES, changeLabel, type ChangeCode, type ChangeLabel } from './labels';
export { recordEdit, type EditOutcome } from './edit';
