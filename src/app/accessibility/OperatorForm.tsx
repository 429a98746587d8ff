import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_OPERATOR_DETAILS, type OperatorDetails } from './statement-setting';

interface Props {
  /** What is kept; null while it cannot be read (the password is asked): nothing to change then. */
  details: OperatorDetails | null;
  /** Keeps the details; false when the browser refused. */
  onSave: (details: OperatorDetails) => Promise<boolean>;
}

const FIELDS = [
  { field: 'body', rows: 1 },
  { field: 'contact', rows: 4 },
  { field: 'enforcement', rows: 3 },
] as const;

/** The operating body's details for the statement, entered once. */
export function OperatorForm({ details, onSave }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<OperatorDetails>(details ?? NO_OPERATOR_DETAILS);
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome((await onSave(values)) ? 'saved' : 'failed');
  };

  return (
    <section className="statement-operator" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('accessibility.operator.title')}</h3>
      {details === null ? (
        <p className="statement-missing">{t('accessibility.operator.locked')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} autoComplete="off">
          <p className="muted">{t('accessibility.operator.intro')}</p>
          {FIELDS.map(({ field, rows }) => (
            <div key={field} className="field">
              <label htmlFor={`${id}-${field}`}>{t(`accessibility.operator.${field}`)}</label>
              {rows === 1 ? (
                <input
                  id={`${id}-${field}`}
                  value={values[field]}
                  aria-describedby={`${id}-${field}-hint`}
                  onChange={(event) => setValues({ ...values, [field]: event.target.value })}
                />
              ) : (
                <textarea
                  id={`${id}-${field}`}
                  rows={rows}
                  value={values[field]}
                  aria-describedby={`${id}-${field}-hint`}
                  onChange={(event) => setValues({ ...values, [field]: event.target.value })}
                />
              )}
              <span className="muted" id={`${id}-${field}-hint`}>
                {t(`accessibility.operator.${field}Hint`)}
              </span>
            </div>
          ))}
          <button type="submit" className="primary">
            {t('accessibility.operator.save')}
          </button>
          <p role="status">{outcome !== null && t(`accessibility.operator.${outcome}`)}</p>
        </form>
      )}
    </section>
  );
}
