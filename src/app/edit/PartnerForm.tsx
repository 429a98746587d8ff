import { useTranslation } from 'react-i18next';
import type { EditProblem } from '../../core/edit';
import { EditProblems } from './EditProblems';
import { Field } from './Field';
import { PARTNER_TEXT_FIELDS, type PartnerValues } from './partner-values';
import { useEditForm } from './use-edit-form';

interface Props {
  initial: PartnerValues;
  submitLabel: string;
  /** Applies the values; answers the problems that refused them (empty when taken). */
  onSubmit: (values: PartnerValues) => EditProblem[];
  /** Empty the form after a taken edit (adding one partner after another). */
  clearAfter?: PartnerValues;
}

/** Every field of a partner, labelled; the core's rules decide, the form shows why not. */
export function PartnerForm({ initial, submitLabel, onSubmit, clearAfter }: Props) {
  const { t } = useTranslation();
  const { values, problems, set, submit } = useEditForm(initial, onSubmit, clearAfter);
  const field = (name: keyof PartnerValues) => (value: string) => set(name, value);

  return (
    <form className="edit-form" onSubmit={submit} noValidate autoComplete="off">
      <Field
        label={t('workspace.edit.fields.name')}
        value={values.name}
        onValue={field('name')}
        required
        aria-invalid={problems.some((p) => p.code === 'empty-name')}
      />
      <Field
        label={t('workspace.edit.fields.id')}
        hint={t('workspace.edit.fields.idHint')}
        value={values.id}
        onValue={field('id')}
        aria-invalid={problems.some((p) => p.code === 'duplicate-id')}
      />
      {PARTNER_TEXT_FIELDS.map((name) => (
        <Field
          key={name}
          label={t(`workspace.edit.fields.${name}`)}
          value={values[name]}
          onValue={field(name)}
        />
      ))}
      <Field
        label={t('workspace.edit.fields.offers')}
        hint={t('workspace.edit.fields.offersHint')}
        value={values.offers}
        onValue={field('offers')}
      />
      <Field
        label={t('workspace.edit.fields.since')}
        value={values.since}
        onValue={field('since')}
        inputMode="numeric"
        aria-invalid={problems.some((p) => p.code === 'invalid-year')}
      />
      <EditProblems problems={problems} />
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}
