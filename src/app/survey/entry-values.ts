import type { SurveyEntry } from '../../core/survey';

/** What the entry mask holds: partner ID → item ID → option code (null: set back to blank). */
export type EntryValues = Record<string, Record<string, number | null>>;

/**
 * The entry mask's answers as a SurveyEntry: a row for every partner with at least one answer, in
 * the order they were first answered; partners left alone are not in it (the entry says nothing
 * about them, as a form whose row is missing).
 */
export function entryFromValues(
  respondent: string,
  label: string,
  saved: Date,
  values: EntryValues,
): SurveyEntry {
  const rows = Object.entries(values)
    .filter(([, answers]) => Object.values(answers).some((code) => code !== null))
    .map(([partner, answers]) => ({ partner, values: { ...answers } }));
  return { respondent, label, saved: saved.toISOString(), rows };
}
