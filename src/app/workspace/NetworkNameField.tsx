import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { nameProblem } from '../../core/project/network-names';
import './workspace.css';

interface Props {
  label: string;
  value: string;
  onChange: (name: string) => void;
  /** The names of the other networks kept in this browser, which this one may not take. */
  taken: readonly string[];
  /** A line under the field saying what the name is for. */
  help?: string;
  autoFocus?: boolean;
}

/**
 * A network's name, as the import proposes it or a rename changes it: required, and never the name
 * of another network kept in this browser — the field says so and offers a free one ("Name (2)").
 * The form holding it takes the name only when `nameProblem` finds nothing.
 */
export function NetworkNameField({ label, value, onChange, taken, help, autoFocus }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const problem = nameProblem(value, taken);
  const described = [help === undefined ? '' : `${id}-help`, problem ? `${id}-problem` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="network-name-field">
      <label htmlFor={`${id}-name`}>{label}</label>
      <input
        id={`${id}-name`}
        value={value}
        required
        autoComplete="off"
        autoFocus={autoFocus}
        aria-invalid={problem !== null}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {help !== undefined && (
        <p className="muted" id={`${id}-help`}>
          {help}
        </p>
      )}
      <div aria-live="polite">
        {problem !== null && (
          <p className="name-problem" id={`${id}-problem`}>
            {problem.kind === 'empty'
              ? t('workspace.name.empty')
              : t('workspace.name.taken', { name: value.trim() })}
            {problem.kind === 'taken' && (
              <>
                {' '}
                <button type="button" onClick={() => onChange(problem.free)}>
                  {t('workspace.name.takeFree', { name: problem.free })}
                </button>
              </>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
