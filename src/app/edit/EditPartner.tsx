import { useTranslation } from 'react-i18next';
import { removePartner, updatePartner } from '../../core/edit';
import type { Partner } from '../../core/model/types';
import { changeLabel } from '../history';
import { applyEdit, currentNetwork, selectPartner } from '../store/state';
import { update, useNetworkStore } from '../store/store';
import { ConfirmButton } from '../components/ConfirmButton';
import { PartnerForm } from './PartnerForm';
import { partnerFields, partnerValues, type PartnerValues } from './partner-values';

/** All fields of the selected partner, and removing it (after asking). */
export function EditPartner({ partner }: { partner: Partner }) {
  const { t } = useTranslation();

  const save = (values: PartnerValues) => {
    const read = partnerFields(values);
    if ('problem' in read) return [read.problem];
    const network = currentNetwork(useNetworkStore.getState());
    const result = updatePartner(network, partner.id, read.fields);
    update(applyEdit(result, changeLabel('update-partner', { name: read.fields.name.trim() })));
    if ('problems' in result) return result.problems;
    // A new ID is a new key: keep the partner selected under it.
    const index = network.partners.findIndex((p) => p.id === partner.id);
    const renamed = result.network.partners[index];
    if (renamed) update(selectPartner(renamed.id));
    return [];
  };

  const remove = () => {
    const result = removePartner(currentNetwork(useNetworkStore.getState()), partner.id);
    update(applyEdit(result, changeLabel('remove-partner', { name: partner.name })));
  };

  return (
    <section
      className="edit-section"
      aria-label={t('workspace.edit.editPartner', { name: partner.name })}
    >
      <h3>{t('workspace.edit.editPartner', { name: partner.name })}</h3>
      <PartnerForm
        initial={partnerValues(partner)}
        submitLabel={t('workspace.edit.savePartner')}
        onSubmit={save}
      />
      <ConfirmButton
        label={t('workspace.edit.removePartner')}
        question={t('workspace.edit.removePartnerQuestion', { name: partner.name })}
        confirmLabel={t('workspace.edit.removePartnerYes')}
        onConfirm={remove}
      />
    </section>
  );
}
