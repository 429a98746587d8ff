import type { SurveyEntry } from '../../core/survey';

/** What the entry mask holds: partner ID → item ID → option code (null: set back to blank). */
export type EntryValues = Record<string, Record<string, number | null>>;

/**
 * What the entry mask holds of the partner's answers about itself: per checklist each option's
 * "ja" (true), "nein" (false) or blank (null); per free-text question the text as typed (one name
 * a line); per scale the option code or blank.
 */
export interface OwnEntryValues {
  checklists: Record<string, Record<string, boolean | null>>;
  texts: Record<string, string>;
  scales: Record<string, number | null>;
}

export const NO_OWN_VALUES: OwnEntryValues = { checklists: {}, texts: {}, scales: {} };

/**
 * The entry mask's answers as a SurveyEntry: a row for every partner with at least one answer, in
 * the order they were first answered; partners left alone are not in it (the entry says nothing
 * about them, as a form whose row is missing). The answers about the partner itself go in as
 * given; free text is split into its lines.
 */
export function entryFromValues(
  respondent: string,
  label: string,
  saved: Date,
  values: EntryValues,
  own: OwnEntryValues = NO_OWN_VALUES,
): SurveyEntry {
  const rows = Object.entries(values)
    .filter(([, answers]) => Object.values(answers).some((code) => code !== null))
    .map(([partner, answers]) => ({ partner, values: { ...answers } }));
  const checklists = Object.fromEntries(
    Object.entries(own.checklists).filter(([, options]) =>
      Object.values(options).some((ticked) => ticked !== null),
    ),
  );
  const texts = Object.fromEntries(
    Object.entries(own.texts)
      .map(([id, text]) => [id, text.split(/\r?\n/u).filter((line) => line.trim() !== '')] as const)
      .filter(([, lines]) => lines.length > 0),
  );
  const scales = Object.fromEntries(Object.entries(own.scales).filter(([, code]) => code !== null));
  return {
    respondent,
    label,
    saved: saved.toISOString(),
    rows,
    own: { checklists, texts, scales },
  };
}
