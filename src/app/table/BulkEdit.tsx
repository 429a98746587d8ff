import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_FIELDS, type BulkField } from '../../core/edit';

interface Props {
  /** How many partners are ticked in the table. */
  count: number;
  onApply: (field: BulkField, value: string) => void;
  onClear: () => void;
}

/** Sets one field (sector, type, …) for every ticked partner at once: one undoable change. */
export function BulkEdit({ count, onApply, onClear }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [field, setField] = useState<BulkField>(BULK_FIELDS[0]);
  const [value, setValue] = useState('');
  if (count === 0) return <p className="muted bulk-hint">{t('bulk.hint')}</p>;
  return (
    <form
      className="bulk-edit"
      autoComplete="off"
      aria-label={t('bulk.title', { count })}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(field, value);
      }}
    >
      <strong>{t('bulk.title', { count })}</strong>
      <label htmlFor={`${id}-field`}>{t('bulk.field')}</label>
      <select
        id={`${id}-field`}
        value={field}
        onChange={(event) => setField(event.target.value as BulkField)}
      >
        {BULK_FIELDS.map((name) => (
          <option key={name} value={name}>
            {t(`panel.${name}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-value`}>{t('bulk.value')}</label>
      <input id={`${id}-value`} value={value} onChange={(event) => setValue(event.target.value)} />
      <button type="submit" className="primary">
        {t('bulk.apply')}
      </button>
      <button type="button" onClick={onClear}>
        {t('bulk.clear')}
      </button>
    </form>
  );
}
