import { useTranslation } from 'react-i18next';
import { addPartner } from '../../core/edit';
import { changeLabel } from '../history';
import { applyEdit, currentNetwork, selectPartner } from '../store/state';
import { update, useNetworkStore } from '../store/store';
import { PartnerForm } from './PartnerForm';
import { EMPTY_PARTNER_VALUES, partnerFields, type PartnerValues } from './partner-values';

/** A new partner, entered by hand; it is selected once added, so ties can follow. */
export function AddPartner() {
  const { t } = useTranslation();

  const add = (values: PartnerValues) => {
    const read = partnerFields(values);
    if ('problem' in read) return [read.problem];
    const result = addPartner(currentNetwork(useNetworkStore.getState()), read.fields);
    update(applyEdit(result, changeLabel('add-partner', { name: read.fields.name.trim() })));
    if ('problems' in result) return result.problems;
    const added = result.network.partners.at(-1);
    if (added) update(selectPartner(added.id));
    return [];
  };

  return (
    <details className="edit-section">
      <summary>{t('workspace.edit.addPartner')}</summary>
      <PartnerForm
        initial={EMPTY_PARTNER_VALUES}
        clearAfter={EMPTY_PARTNER_VALUES}
        submitLabel={t('workspace.edit.addPartner')}
        onSubmit={add}
      />
    </details>
  );
}
