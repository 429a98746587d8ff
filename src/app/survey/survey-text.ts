import type { TFunction } from 'i18next';
import {
  defaultInstrument,
  type Instrument,
  type ReliabilityWarning,
  type RoundSetupProblem,
  type SurveyLanguage,
  type SurveyProblem,
  type SurveyRound,
} from '../../core/survey';

let instrument: Instrument | null = null;

/** The app's instrument (data/survey/), read once. */
export function appInstrument(): Instrument {
  instrument ??= defaultInstrument();
  return instrument;
}

export const surveyLanguage = (language: string): SurveyLanguage =>
  language === 'en' ? 'en' : 'de';

/** A problem of a returned form or an entry, in the reader's language. */
export function problemText(t: TFunction, problem: SurveyProblem): string {
  return t(`survey.problems.${problem.code}`, { ...problem.params });
}

export function setupProblemText(t: TFunction, problem: RoundSetupProblem): string {
  const { code, ...params } = problem;
  return t(`survey.setup.${code}`, params);
}

/** The words of an intensity code (0–4) as the forms show them: "verbindliche Kooperation". */
export function intensityWords(code: number, language: SurveyLanguage): string {
  const scale = appInstrument().scales.intensity;
  return scale?.options.find((o) => o.code === code)?.label[language] ?? String(code);
}

/** A partner's name in the round (an ID where the round does not list it). */
export function roundNames(round: SurveyRound): (id: string) => string {
  const names = new Map(round.partners.map((p) => [p.id, p.name]));
  return (id) => names.get(id) ?? id;
}

/**
 * What missing answers do to the figures, as one sentence ("Nur 4 % der gefragten Partner haben
 * geantwortet. Unsicher sind deshalb die Zentralisierung, … und der Wert."): the same in the
 * Befragung view and in the report. `percent` writes a share (0–1) as the reader's percentage.
 */
export function warningSentence(
  t: TFunction,
  locale: string,
  warnings: readonly ReliabilityWarning[],
  percent: (share: number) => string,
): string {
  const [first] = warnings;
  if (first === undefined) return '';
  return t(`report.survey.warnings.${first.code}`, {
    rate: percent(first.responseRate ?? 0),
    measures: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      warnings.map((warning) => t(`report.survey.measures.${warning.measure}`)),
    ),
  });
}
