import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePreview } from '../../core/import/preview';
import type { TableKind } from '../../core/import/types';
import type { SaveMapping, TableChoice } from './chosen-file';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { delimiterKey, encodingKey } from './labels';
import { PREVIEW_SHOWN_ROWS, TABLE_KINDS } from './options';
import { tableReading } from './table-mapping';

interface Props {
  preview: FilePreview;
  choice: TableChoice | undefined;
  /** Shown as a heading for a workbook sheet; a CSV file's card already names it. */
  showName: boolean;
  onChoice: (choice: TableChoice) => void;
  /** Saves this table's mapping under a name; false when storage refuses. */
  onSaveMapping: SaveMapping;
}

/** One table of a file: what was recognised, its first rows, the kind and the column mapping. */
export function TablePreview({ preview: found, choice, showName, onChoice, onSaveMapping }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { preview, kind, mapping, missing } = tableReading(found, choice);
  const headerChoices = found.records.slice(0, HEADER_CHOICES);
  const encoding = encodingKey(preview.encoding);
  const rows = preview.rows.slice(0, PREVIEW_SHOWN_ROWS);

  return (
    <div className="import-table" role="group" aria-label={preview.name}>
      {showName && <h4>{preview.name}</h4>}
      <p className="muted import-detected">
        {preview.kind !== null &&
          t('importer.preview.detectedKind', { kind: t(`importer.kinds.${preview.kind}`) })}
        {preview.kind !== null && ' · '}
        {t('importer.preview.detectedEncoding', {
          encoding: encoding === null ? preview.encoding : t(`importer.encodings.${encoding}`),
        })}
        {preview.delimiter !== '' &&
          ` · ${t('importer.preview.delimiter', {
            delimiter: t(`importer.delimiters.${delimiterKey(preview.delimiter)}`),
          })}`}
      </p>
      {headerChoices.length > 1 && (
        <div className="import-control">
          <label htmlFor={`${id}-header`}>{t('importer.preview.headerRow')}</label>
          <select
            id={`${id}-header`}
            value={preview.headerLine}
            onChange={(event) => onChoice({ headerLine: Number(event.target.value) })}
          >
            {headerChoices.map((record) => (
              <option key={record.line} value={record.line}>
                {t('importer.preview.headerRowOption', {
                  line: record.line,
                  text: recordText(record.cells),
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      {preview.headerLine !== (found.records[0]?.line ?? preview.headerLine) && (
        <p className="muted">
          {t('importer.preview.headerBelow', {
            line: preview.headerLine,
            skipped: found.records.findIndex((r) => r.line === preview.headerLine),
          })}
        </p>
      )}
      {/* A new kind has other fields: its mapping starts again from the known header names. */}
      <div className="import-control">
        <label htmlFor={`${id}-kind`}>{t('importer.preview.kind')}</label>
        <select
          id={`${id}-kind`}
          value={kind ?? ''}
          onChange={(event) =>
            onChoice({ kind: event.target.value as TableKind, headerLine: preview.headerLine })
          }
        >
          {kind === null && <option value="">{t('importer.preview.unknownKind')}</option>}
          {TABLE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`importer.kinds.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === null && <p className="mapping-missing">{t('importer.preview.notDetected')}</p>}
      {preview.header.length > 0 && (
        <div className="import-rows">
          <table aria-describedby={`${id}-caption`}>
            <caption id={`${id}-caption`}>
              {t('importer.preview.caption', { name: preview.name })}
            </caption>
            <thead>
              <tr>
                {preview.header.map((text, index) => (
                  <th key={index} scope="col">
                    {text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((cells, row) => (
                <tr key={row}>
                  {preview.header.map((_, index) => (
                    <td key={index}>{cells[index] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.header.length > 0 && rows.length === 0 && (
        <p className="muted">{t('importer.preview.noRows')}</p>
      )}
      {kind === 'matrix' && <p className="muted">{t('importer.mapping.matrix')}</p>}
      {kind === null && preview.header.length > 0 && (
        <p className="muted">{t('importer.mapping.chooseKind')}</p>
      )}
      {kind !== null && kind !== 'matrix' && mapping !== null && (
        <ColumnMappingEditor
          tableName={preview.name}
          kind={kind}
          header={preview.header}
          mapping={mapping}
          missing={missing}
          savedName={choice?.savedName}
          onChange={(changed) =>
            onChoice({ kind, mapping: changed, headerLine: preview.headerLine })
          }
          onSave={(name) => onSaveMapping(name, kind, preview.header, mapping)}
        />
      )}
    </div>
  );
}

/** Records offered as the header row: titles and notes rarely take more than a few lines. */
const HEADER_CHOICES = 12;
const OPTION_TEXT = 60;

/** A record's filled cells in one short line, for the choice of the header row. */
function recordText(cells: readonly string[]): string {
  const text = cells.filter((cell) => cell !== '').join(' · ');
  return text.length > OPTION_TEXT ? `${text.slice(0, OPTION_TEXT - 1)}…` : text;
}
