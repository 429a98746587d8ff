import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interpretation, InterpretedField } from '../../core/import/types';

interface Props {
  interpretations: readonly Interpretation[];
  /** The user chose another reading for a written text ('' = keep as written / leave out). */
  onChoose: (field: InterpretedField, written: string, value: string) => void;
  /** While the files are read again with a choice, the choices wait. */
  busy: boolean;
}

const FIELDS: readonly InterpretedField[] = ['intensity', 'sector', 'partner'];

/** Intensity words nobody has given a reading yet: the import waits for them. */
export function unansweredWords(interpretations: readonly Interpretation[]): Interpretation[] {
  return interpretations.filter((i) => i.field === 'intensity' && i.readAs === null);
}

/**
 * How the importer read what it had to interpret — intensity words, sector names, partner names
 * spelt otherwise than in the partner list — one row per written text, each with a choice. Nothing
 * is guessed silently: a word it does not know is asked for.
 */
export function ReadingsReview({ interpretations, onChoose, busy }: Props) {
  const { t } = useTranslation();
  const id = useId();
  if (interpretations.length === 0) return null;
  return (
    <section className="import-readings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('importer.readings.title')}</h3>
      <p className="muted">{t('importer.readings.intro')}</p>
      {FIELDS.map((field) => {
        const rows = interpretations.filter((i) => i.field === field);
        if (rows.length === 0) return null;
        return (
          <table key={field} className="import-readings-table" data-field={field}>
            <caption>{t(`importer.readings.${field}.caption`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('importer.readings.written')}</th>
                <th scope="col">{t('importer.readings.readAs')}</th>
                <th scope="col">{t('importer.readings.count')}</th>
                <th scope="col">{t('importer.readings.where')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.written} data-reason={row.reason}>
                  <th scope="row">„{row.written}“</th>
                  <td>
                    <select
                      aria-label={t(`importer.readings.${field}.choose`, { written: row.written })}
                      value={row.readAs ?? ''}
                      disabled={busy}
                      id={`${id}-${field}-${index}`}
                      onChange={(event) => onChoose(field, row.written, event.target.value)}
                    >
                      <option value="">{t(`importer.readings.${field}.none`)}</option>
                      {row.choices.map((choice) => (
                        <option key={choice.value} value={choice.value}>
                          {optionText(field, choice, t)}
                        </option>
                      ))}
                    </select>
                    <span className="muted import-reading-reason">
                      {' '}
                      {t(`importer.readings.reasons.${row.reason}`)}
                    </span>
                  </td>
                  <td>{row.count}</td>
                  <td>{t('importer.readings.at', { file: row.file, line: row.line })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}

function optionText(
  field: InterpretedField,
  choice: { value: string; label: string },
  t: (key: string, options?: Record<string, string>) => string,
): string {
  if (field === 'intensity') return `${choice.value} – ${t(`intensity.${choice.value}`)}`;
  if (field === 'partner') return t('importer.readings.partner.option', choice);
  return choice.label;
}
