import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditProblem } from '../../core/edit';
import { INTENSITIES, type Partner } from '../../core/model/types';
import { type CooperationValues } from './cooperation-values';
import { EditProblems } from './EditProblems';
import { Field } from './Field';
import { useEditForm } from './use-edit-form';
import { useFormatNumber } from '../i18n/format';

interface Props {
  /** The partners the selected one can cooperate with, in the order to list them. */
  partners: readonly Partner[];
  initial: CooperationValues;
  submitLabel: string;
  onSubmit: (values: CooperationValues) => EditProblem[];
  clearAfter?: CooperationValues;
  /** The tie's own weight from a Gephi or Kumu weight column, which another intensity replaces. */
  weight?: number | undefined;
}

/** A cooperation's fields: the other partner, intensity on the 1–4 scale, agreement, kind, since. */
export function CooperationForm({
  partners,
  initial,
  submitLabel,
  onSubmit,
  clearAfter,
  weight,
}: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const id = useId();
  const { values, problems, set, submit } = useEditForm(initial, onSubmit, clearAfter);

  return (
    <form className="edit-form" onSubmit={submit} noValidate autoComplete="off">
      <div className="field">
        <label htmlFor={`${id}-other`}>{t('workspace.edit.partner')}</label>
        <select
          id={`${id}-other`}
          value={values.other}
          onChange={(event) => set('other', event.target.value)}
        >
          <option value="">{t('workspace.edit.choosePartner')}</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-intensity`}>{t('workspace.edit.intensity')}</label>
        <select
          id={`${id}-intensity`}
          value={values.intensity}
          onChange={(event) => set('intensity', event.target.value)}
        >
          {INTENSITIES.map((value) => (
            <option key={value} value={String(value)}>
              {t('workspace.edit.intensityOption', { value, label: t(`intensity.${value}`) })}
            </option>
          ))}
        </select>
        {weight !== undefined && (
          <p className="muted" id={`${id}-weight`}>
            {t('workspace.edit.weightNote', { value: format(weight, 2) })}
          </p>
        )}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={values.formal}
          onChange={(event) => set('formal', event.target.checked)}
        />
        {t('workspace.edit.formal')}
      </label>
      <Field
        label={t('workspace.edit.kind')}
        value={values.kind}
        onValue={(value) => set('kind', value)}
      />
      <Field
        label={t('workspace.edit.tieSince')}
        value={values.since}
        onValue={(value) => set('since', value)}
        inputMode="numeric"
      />
      <EditProblems problems={problems} />
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}
