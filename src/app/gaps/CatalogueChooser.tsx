import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCatalogueCsv } from '../../core/catalogue/parse-catalogue-csv';
import { parseCatalogueJson } from '../../core/catalogue/parse-catalogue-json';
import type { Catalogue, CatalogueProblem } from '../../core/catalogue/types';
import { decodeBytes } from '../../core/import/decode';
import { DataChooser } from './DataChooser';

interface Props {
  catalogue: Catalogue;
  isDefault: boolean;
  onChange: (catalogue: Catalogue | null) => void;
}

/**
 * Replaces the reference catalogue with another one (e.g. a state's own list), from JSON or CSV
 * (`Sektor;Typ;Grundlage;Synonyme`). A file with errors is refused with its problems; the
 * catalogue in use stays.
 */
export function CatalogueChooser({ catalogue, isDefault, onChange }: Props) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<CatalogueProblem[]>([]);

  const read = async (file: File) => {
    const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
    // A file that is no text at all reads as an empty catalogue and is refused with its problem.
    const text = decoded.readable ? decoded.text : '';
    const name = file.name.replace(/\.(json|csv|txt)$/i, '');
    const result = /\.json$/i.test(file.name)
      ? parseCatalogueJson(text)
      : parseCatalogueCsv(text, {
          id: name,
          version: new Date(file.lastModified).toISOString().slice(0, 10),
          source: file.name,
        });
    setProblems(result.problems);
    if (result.catalogue && !result.problems.some((p) => p.severity === 'error'))
      onChange(result.catalogue);
  };

  return (
    <DataChooser
      className="catalogue-chooser"
      title={t('catalogue.title')}
      inUse={t('catalogue.inUse', { id: catalogue.id, version: catalogue.version })}
      reset={isDefault ? null : t('catalogue.reset')}
      onReset={() => onChange(null)}
      load={t('catalogue.load')}
      accept=".json,.csv,.txt,application/json,text/csv"
      onFile={(file) => void read(file)}
    >
      {problems.length > 0 && (
        <ul className="catalogue-problems" role="alert">
          {problems.map((p, index) => (
            <li key={index} className={p.severity === 'error' ? 'error' : undefined}>
              {p.line !== null
                ? `${t('import.line', { line: p.line })}: `
                : p.path
                  ? `${p.path}: `
                  : ''}
              {t(`report.catalogueProblems.${p.code}`, { ...p.params, path: p.path })}
            </li>
          ))}
        </ul>
      )}
    </DataChooser>
  );
}
