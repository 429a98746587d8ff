/**
 * Problems of a survey round: reading returned forms, typed-in answers, the merge. The core returns
 * codes and parameters; the app and the CLI word them (src/app/i18n/survey.*.json, "problems").
 */
export const SURVEY_PROBLEM_CODES = [
  'survey-unreadable',
  'survey-too-large',
  'survey-too-many-rows',
  'survey-wrong-format',
  'survey-not-a-form',
  'survey-other-round',
  'survey-identity-lost',
  'survey-respondent-unknown',
  'survey-respondent-not-asked',
  'survey-partner-unknown',
  'survey-value-not-in-list',
  'survey-item-not-in-round',
  'survey-name-changed',
  'survey-row-moved',
  'survey-row-unknown',
  'survey-row-missing',
  'survey-row-twice',
  'survey-self-row',
  'survey-cell-outside-answers',
  'survey-question-missing',
  'survey-duplicate-return',
  'survey-blank-rows',
  'survey-empty-form',
  'survey-intensity-assumed',
  'survey-partner-not-in-round',
  'survey-partner-not-in-list',
  'survey-no-forms',
] as const;

export type SurveyProblemCode = (typeof SURVEY_PROBLEM_CODES)[number];

/** `info` says what was done with something normal (blank rows counted as no contact). */
export type SurveySeverity = 'error' | 'warning' | 'info';

/**
 * Every code's severity. An error means the file or entry was not used at all; a warning means it
 * was used, with the part named left out or read as said.
 */
export const SURVEY_SEVERITY: Readonly<Record<SurveyProblemCode, SurveySeverity>> = {
  'survey-unreadable': 'error',
  'survey-too-large': 'error',
  'survey-too-many-rows': 'error',
  'survey-wrong-format': 'error',
  'survey-not-a-form': 'error',
  'survey-other-round': 'error',
  'survey-identity-lost': 'warning',
  'survey-respondent-unknown': 'error',
  'survey-respondent-not-asked': 'warning',
  'survey-partner-unknown': 'warning',
  'survey-value-not-in-list': 'warning',
  'survey-item-not-in-round': 'warning',
  'survey-name-changed': 'warning',
  'survey-row-moved': 'warning',
  'survey-row-unknown': 'warning',
  'survey-row-missing': 'warning',
  'survey-row-twice': 'warning',
  'survey-self-row': 'warning',
  'survey-cell-outside-answers': 'warning',
  'survey-question-missing': 'warning',
  'survey-duplicate-return': 'warning',
  'survey-blank-rows': 'info',
  'survey-empty-form': 'warning',
  'survey-intensity-assumed': 'warning',
  'survey-partner-not-in-round': 'warning',
  'survey-partner-not-in-list': 'warning',
  'survey-no-forms': 'error',
};

/** A problem with a returned form, an entry typed in, or the round's partner list. */
export interface SurveyProblem {
  /** The returned file's name, or the label of an entry typed in by hand. */
  file: string;
  /** 1-based row of the sheet (or of the entry); null for the whole file. */
  line: number | null;
  /** The sheet the row is on, where it matters (the form or the partner's own questions). */
  sheet?: string;
  severity: SurveySeverity;
  code: SurveyProblemCode;
  params: Record<string, string | number>;
}

export function surveyProblem(
  code: SurveyProblemCode,
  file: string,
  line: number | null,
  params: Record<string, string | number> = {},
  sheet?: string,
): SurveyProblem {
  const found: SurveyProblem = { file, line, severity: SURVEY_SEVERITY[code], code, params };
  if (sheet !== undefined) found.sheet = sheet;
  return found;
}

/** Whether a problem kept its file or entry out of the merge. */
export function refuses(problem: SurveyProblem): boolean {
  return problem.severity === 'error';
}
