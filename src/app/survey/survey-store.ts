import { create } from 'zustand';
import type { SettingValue } from '../../core/project';
import type { ChangeLabel } from '../history';
import { update, useNetworkStore } from '../store/store';
import {
  settingsWithSurvey,
  surveyFromSettings,
  SURVEY_SETTING,
  type KeptSurvey,
} from './kept-survey';
import { recordSurveyStep, surveyAfterMove } from './survey-undo';

/**
 * The Netzwerkbefragung of the open network, kept like its Stände (compare/stand-store.ts): with
 * the network generation it belongs to, so another network shows none until the session hands
 * over that project's own (`openSurvey`).
 */
export interface SurveyState {
  generation: number;
  survey: KeptSurvey | null;
  /** Increases with every change the user makes (not with `openSurvey`), so the session saves. */
  revision: number;
}

export const useSurveyStore = create<SurveyState>(() => ({
  generation: 0,
  survey: null,
  revision: 0,
}));

export function surveyOf(state: SurveyState, generation: number): KeptSurvey | null {
  return state.generation === generation ? state.survey : null;
}

/** The survey of the network shown, for components. */
export function useSurvey(): KeptSurvey | null {
  const generation = useNetworkStore((state) => state.generation);
  return useSurveyStore((state) => surveyOf(state, generation));
}

/**
 * A change by the user (a round set up, answers taken over, the merge chosen): a step in the undo
 * history under `label`, so "Rückgängig" names it and puts the survey back as it was.
 */
export function changeSurvey(
  producer: (survey: KeptSurvey | null) => KeptSurvey | null,
  label: ChangeLabel,
): void {
  const generation = useNetworkStore.getState().generation;
  const before = surveyOf(useSurveyStore.getState(), generation);
  const after = producer(before);
  if (after === before) return;
  useSurveyStore.setState((state) => ({
    generation,
    survey: after,
    revision: state.revision + 1,
  }));
  update(recordSurveyStep(label, before, after));
}

// Undo, redo or a jump in the change list across a survey change puts its survey back (and the
// session saves it, as it saves any change).
useNetworkStore.subscribe((state, previous) => {
  if (state.generation !== previous.generation || state.history === previous.history) return;
  const moved = surveyAfterMove(previous.history, state.history);
  if (moved === undefined) return;
  useSurveyStore.setState((survey) => ({
    generation: state.generation,
    survey: moved.survey,
    revision: survey.revision + 1,
  }));
});

/** The survey of a project just opened (from the browser's storage or a project file). */
export function openSurvey(settings: ReadonlyMap<string, SettingValue>): void {
  useSurveyStore.setState({
    generation: useNetworkStore.getState().generation,
    survey: surveyFromSettings(settings),
  });
}

/**
 * What another tab saved of the settings, shown here: where it changed the survey, this tab
 * shows theirs (it is theirs that is stored now; nothing to save again).
 */
export function takeOtherTabSurvey(settings: ReadonlyMap<string, SettingValue | null>): void {
  if (!settings.has(SURVEY_SETTING)) return;
  const value = settings.get(SURVEY_SETTING);
  useSurveyStore.setState({
    generation: useNetworkStore.getState().generation,
    survey:
      value === null || value === undefined
        ? null
        : surveyFromSettings(new Map([[SURVEY_SETTING, value]])),
  });
}

/**
 * The settings to keep with the project of the network of `generation`: with its survey where
 * one was opened or set up for it, else those of the project it was opened from.
 */
export function settingsFor(
  generation: number,
  base: ReadonlyMap<string, SettingValue>,
): Map<string, SettingValue> {
  const state = useSurveyStore.getState();
  return state.generation === generation ? settingsWithSurvey(base, state.survey) : new Map(base);
}
