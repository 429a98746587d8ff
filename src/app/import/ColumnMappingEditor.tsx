import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TABLE_FIELDS,
  type ColumnMapping,
  type Field,
  type TableKind,
} from '../../core/import/types';
import type { MappingOutcome } from './saved-mappings';
import { assignColumn } from './table-mapping';

interface Props {
  tableName: string;
  kind: Exclude<TableKind, 'matrix'>;
  header: readonly string[];
  mapping: ColumnMapping;
  missing: readonly Field[];
  /** The saved mapping applied automatically, to say so. */
  savedName: string | undefined;
  onChange: (mapping: ColumnMapping) => void;
  /** Saves the mapping under a name; says whether it was kept. */
  onSave: (name: string) => Promise<MappingOutcome>;
}

/**
 * Header → field for one table, or "keep as extra detail". Open on its own when a required field
 * has no column, since the table cannot be read without it.
 */
export function ColumnMappingEditor(props: Props) {
  const { tableName, kind, header, mapping, missing, savedName, onChange, onSave } = props;
  const { t } = useTranslation();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [name, setName] = useState('');
  const [saveState, setSaveState] = useState<{ outcome: MappingOutcome; name: string } | null>(
    null,
  );
  const open = expanded || missing.length > 0;
  // Once opened for a missing field it stays open, so that mapping the last field does not hide it.
  useEffect(() => {
    if (missing.length > 0) setExpanded(true);
  }, [missing.length]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    void onSave(trimmed).then((outcome) => setSaveState({ outcome, name: trimmed }));
  };

  return (
    <div className="column-mapping">
      {missing.length === 0 && (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setExpanded(!expanded)}
        >
          {t('importer.mapping.show')}
        </button>
      )}
      {savedName !== undefined && (
        <p className="muted">{t('importer.mapping.applied', { name: savedName })}</p>
      )}
      {open && (
        <div id={`${id}-panel`} role="group" aria-labelledby={`${id}-title`}>
          <h5 id={`${id}-title`}>{t('importer.mapping.title', { name: tableName })}</h5>
          <p>{t('importer.mapping.intro')}</p>
          <p role="status" className={missing.length > 0 ? 'mapping-missing' : 'muted'}>
            {missing.length > 0
              ? t('importer.mapping.missing', {
                  fields: missing.map((f) => t(`importer.fields.${f}`)).join(', '),
                })
              : t('importer.mapping.complete')}
          </p>
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">{t('importer.mapping.column')}</th>
                <th scope="col">{t('importer.mapping.field')}</th>
              </tr>
            </thead>
            <tbody>
              {header.map((text, index) =>
                text === '' ? null : (
                  <tr key={index}>
                    <th scope="row">{text}</th>
                    <td>
                      <select
                        aria-label={t('importer.mapping.fieldFor', { header: text })}
                        value={mapping[text] ?? ''}
                        onChange={(event) =>
                          onChange(
                            assignColumn(
                              mapping,
                              text,
                              event.target.value === '' ? null : (event.target.value as Field),
                            ),
                          )
                        }
                      >
                        <option value="">{t('importer.mapping.keep')}</option>
                        {TABLE_FIELDS[kind].map((field) => (
                          <option key={field} value={field}>
                            {t(`importer.fields.${field}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          <form className="mapping-save" onSubmit={save} autoComplete="off">
            <label>
              {t('importer.mapping.saveName')}
              <input value={name} onChange={(event) => setName(event.target.value)} />
            </label>
            <button type="submit" disabled={name.trim() === ''}>
              {t('importer.mapping.save')}
            </button>
          </form>
          {saveState !== null && (
            <p role="status" className={saveState.outcome === 'saved' ? 'muted' : 'error'}>
              {saveState.outcome === 'saved'
                ? t('importer.mapping.saved', { name: saveState.name })
                : t(
                    saveState.outcome === 'locked'
                      ? 'importer.mapping.saveLocked'
                      : 'importer.mapping.saveFailed',
                  )}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
