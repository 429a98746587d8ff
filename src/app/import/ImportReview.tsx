import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeResult } from '../../core/import/merge';
import type { ImportResult } from '../../core/import/types';
import { ProblemList } from './ProblemList';
import { encodingKey } from './labels';
import { MergeChanges } from './MergeChanges';

/**
 * How an import is taken over: kept as a new network beside the open one, put in place of the open
 * network's content (the same network, its Stände and settings kept), or added to it.
 */
export type ApplyMode = 'new' | 'replace' | 'merge';

const MODES: readonly ApplyMode[] = ['new', 'replace', 'merge'];

interface Props {
  result: ImportResult;
  mode: ApplyMode;
  onMode: (mode: ApplyMode) => void;
  /** The open network's name, for the choice to replace it; null for the sample. */
  openName: string | null;
  /** What merging would change; present while "add" is chosen. */
  changes: MergeResult | null;
  /** How values were read, shown before the problems. */
  children?: ReactNode;
}

const COUNTS = ['partners', 'cooperations', 'offers', 'memberships'] as const;

/** The import read but not applied: what came in, every problem, and how to take it over. */
export function ImportReview({ result, mode, onMode, openName, changes, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { summary } = result;
  const byCode = Object.entries(summary.problemsByCode).sort((a, b) => b[1] - a[1]);

  return (
    <div className="import-review">
      {result.fatal ? (
        <p role="alert" className="error">
          {t('importer.review.failed')}
        </p>
      ) : (
        <dl className="import-counts" aria-label={t('importer.review.read')}>
          {COUNTS.map((count) => (
            <div key={count} data-count={count}>
              <dt>{t(`importer.review.${count}`)}</dt>
              <dd>{summary[count]}</dd>
            </div>
          ))}
        </dl>
      )}
      <table className="import-files">
        <caption>{t('importer.review.files')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importer.review.file')}</th>
            <th scope="col">{t('importer.review.kind')}</th>
            <th scope="col">{t('importer.review.encoding')}</th>
            <th scope="col">{t('importer.review.rows')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.files.map((file) => {
            const encoding = encodingKey(file.encoding);
            return (
              <tr key={file.name}>
                <th scope="row">{file.name}</th>
                <td>
                  {file.kind === null
                    ? t('importer.review.notRead')
                    : t(`importer.kinds.${file.kind}`)}
                </td>
                <td>{encoding === null ? file.encoding : t(`importer.encodings.${encoding}`)}</td>
                <td>{file.rows}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {byCode.length > 0 && (
        <table className="import-problem-kinds">
          <caption>{t('importer.review.problemsByKind')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importer.review.kind')}</th>
              <th scope="col">{t('importer.review.count')}</th>
            </tr>
          </thead>
          <tbody>
            {byCode.map(([code, count]) => (
              <tr key={code} data-problem-code={code}>
                <th scope="row">{t(`importer.codes.${code}`)}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {children}
      <ProblemList problems={result.problems} />
      {!result.fatal && (
        <fieldset className="import-mode">
          <legend id={`${id}-mode`}>{t('importer.review.mode')}</legend>
          {MODES.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-mode`}
                value={option}
                checked={mode === option}
                onChange={() => onMode(option)}
              />
              {option === 'replace' && openName !== null
                ? t('importer.review.replaceNamed', { name: openName })
                : t(`importer.review.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
      {!result.fatal && mode === 'merge' && changes !== null && <MergeChanges changes={changes} />}
    </div>
  );
}
