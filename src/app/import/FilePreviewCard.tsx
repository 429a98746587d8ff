import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile, SaveMapping, TableChoice } from './chosen-file';
import { ENCODING_CHOICES, type EncodingChoice } from './options';
import { TablePreview } from './TablePreview';

interface Props {
  file: ChosenFile;
  onRemove: () => void;
  onEncoding: (encoding: EncodingChoice) => void;
  onChoice: (table: string, choice: TableChoice) => void;
  onSaveMapping: SaveMapping;
}

/** One chosen file: its character set (text files only) and a preview of each of its tables. */
export function FilePreviewCard({ file, onRemove, onEncoding, onChoice, onSaveMapping }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { preview } = file;
  const workbook = preview.status === 'ready' && preview.tables[0]?.encoding === 'xlsx';

  return (
    <section className="import-file" aria-labelledby={`${id}-name`}>
      <header>
        <h3 id={`${id}-name`}>{file.name}</h3>
        <button
          type="button"
          onClick={onRemove}
          aria-label={t('importer.remove', { name: file.name })}
        >
          ×
        </button>
      </header>
      {!workbook && (
        <>
          <div className="import-control">
            <label htmlFor={`${id}-encoding`}>{t('importer.preview.encoding')}</label>
            <select
              id={`${id}-encoding`}
              value={file.encoding}
              onChange={(event) => onEncoding(event.target.value as EncodingChoice)}
            >
              {ENCODING_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`importer.encodings.${choice === '' ? 'auto' : choice}`)}
                </option>
              ))}
            </select>
          </div>
          <p className="muted">{t('importer.preview.umlautHint')}</p>
        </>
      )}
      {preview.status === 'pending' && <p role="status">{t('importer.preview.pending')}</p>}
      {preview.status === 'failed' && <p className="muted">{t('importer.preview.failed')}</p>}
      {preview.status === 'ready' &&
        preview.tables.map((table) => (
          <TablePreview
            key={table.name}
            preview={table}
            choice={file.choices.get(table.name)}
            showName={table.name !== file.name}
            onChoice={(choice) => onChoice(table.name, choice)}
            onSaveMapping={onSaveMapping}
          />
        ))}
    </section>
  );
}
