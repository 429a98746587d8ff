import type { SettingValue } from '../../core/project';
import {
  DEFAULT_MERGE_OPTIONS,
  type MergeOptions,
  type SurveyResponse,
  type SurveyRound,
} from '../../core/survey';

/**
 * The Netzwerkbefragung of a network as the project keeps it: the round set up, the answers the
 * coordinator took over ("Übernehmen") and the merge chosen. Answers read but not yet taken over
 * are not kept: nothing counts until the coordinator confirms.
 */
export interface KeptSurvey {
  round: SurveyRound;
  responses: SurveyResponse[];
  options: MergeOptions;
}

/** The project setting (`Project.settings`) the survey is kept under, as JSON text. */
export const SURVEY_SETTING = 'survey';

export function newKeptSurvey(round: SurveyRound): KeptSurvey {
  return { round, responses: [], options: DEFAULT_MERGE_OPTIONS };
}

/**
 * Answers taken over: added after those kept, in the order read (of two returns of one partner
 * the merge keeps the later and says so, so none is dropped here).
 */
export function withResponses(
  survey: KeptSurvey,
  responses: readonly SurveyResponse[],
): KeptSurvey {
  return { ...survey, responses: [...survey.responses, ...responses] };
}

export function withOptions(survey: KeptSurvey, options: Partial<MergeOptions>): KeptSurvey {
  return { ...survey, options: { ...survey.options, ...options } };
}

/** The answers of one source set aside (a return taken over by mistake). */
export function withoutResponse(survey: KeptSurvey, index: number): KeptSurvey {
  return { ...survey, responses: survey.responses.filter((_r, i) => i !== index) };
}

/** The project's settings with the survey in them (or without, for null). */
export function settingsWithSurvey(
  settings: ReadonlyMap<string, SettingValue>,
  survey: KeptSurvey | null,
): Map<string, SettingValue> {
  const next = new Map(settings);
  if (survey === null) next.delete(SURVEY_SETTING);
  else next.set(SURVEY_SETTING, JSON.stringify(survey));
  return next;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

function isRound(value: unknown): value is SurveyRound {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.created === 'string' &&
    typeof value.note === 'string' &&
    isObject(value.instrument) &&
    Array.isArray(value.partners) &&
    value.partners.every(
      (p) =>
        isObject(p) &&
        typeof p.id === 'string' &&
        typeof p.name === 'string' &&
        typeof p.sector === 'string',
    ) &&
    isStringArray(value.asked) &&
    isStringArray(value.items)
  );
}

function isResponse(value: unknown): value is SurveyResponse {
  return (
    isObject(value) &&
    typeof value.respondent === 'string' &&
    typeof value.source === 'string' &&
    (value.kind === 'form' || value.kind === 'entry') &&
    (value.saved === null || typeof value.saved === 'string') &&
    Array.isArray(value.pairs) &&
    value.pairs.every(
      (pair) => isObject(pair) && typeof pair.partner === 'string' && isObject(pair.values),
    ) &&
    isObject(value.own)
  );
}

/**
 * The survey kept in a project's settings; null where there is none or the text is not one
 * (a project file edited by hand): the rest of the project opens regardless.
 */
export function surveyFromSettings(settings: ReadonlyMap<string, SettingValue>): KeptSurvey | null {
  const text = settings.get(SURVEY_SETTING);
  if (typeof text !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || !isRound(value.round) || !Array.isArray(value.responses)) return null;
  const options = isObject(value.options) ? value.options : {};
  return {
    round: value.round,
    responses: value.responses.filter(isResponse),
    options: {
      rule: options.rule === 'both' ? 'both' : 'either',
      intensity:
        options.intensity === 'max' || options.intensity === 'min' ? options.intensity : 'mean',
    },
  };
}
