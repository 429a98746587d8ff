import { useTranslation } from 'react-i18next';
import { TABLE_FIELDS, type TableKind } from '../../core/import/types';
import type { Problem } from '../../core/model/problems';
import { readableParams, type ProblemWords } from '../i18n/problem-params';

const KINDS = Object.keys(TABLE_FIELDS) as TableKind[];
const FIELDS = [...new Set(KINDS.flatMap((kind): readonly string[] => TABLE_FIELDS[kind]))];

interface Props {
  problems: Problem[];
}

/** The problems of an import, one per row, with file and line so the user can find them. */
export function ProblemList({ problems }: Props) {
  const { t } = useTranslation();
  const words: ProblemWords = {
    fields: Object.fromEntries(FIELDS.map((field) => [field, t(`importer.fields.${field}`)])),
    kinds: Object.fromEntries(KINDS.map((kind) => [kind, t(`importer.kinds.${kind}`)])),
  };
  if (problems.length === 0) return <p className="problems-none">{t('import.problemsNone')}</p>;
  return (
    <div className="problems">
      <h3>{t('import.problems', { count: problems.length })}</h3>
      <table className="problems-table">
        <thead>
          <tr>
            <th scope="col">{t('import.file')}</th>
            <th scope="col">{t('import.lineHeader')}</th>
            <th scope="col">{t('import.columnHeader')}</th>
            <th scope="col">{t('import.kind')}</th>
            <th scope="col">{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, index) => (
            <tr key={index} className={`problem problem-${p.severity}`} data-code={p.code}>
              <td>{p.file}</td>
              <td>{p.line === null ? '–' : t('import.line', { line: p.line })}</td>
              <td>{p.column ?? '–'}</td>
              <td>{t(`import.severity.${p.severity}`)}</td>
              <td>{t(`problems.${p.code}`, readableParams(p, words))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
