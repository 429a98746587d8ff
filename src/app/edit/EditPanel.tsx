import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentNetwork } from '../store/state';
import { useNetworkStore } from '../store/store';
import { AddPartner } from './AddPartner';
import { Cooperations } from './Cooperations';
import { EditPartner } from './EditPartner';
import '../workspace/workspace.css';

/**
 * Editing by hand: add a partner; for the selected partner, all its fields and its cooperations.
 * Every edit is one step of the undo history.
 */
export function EditPanel() {
  const { t } = useTranslation();
  const network = useNetworkStore((state) => currentNetwork(state));
  const selected = useNetworkStore((state) => state.selectedPartner);
  // Looked up when the network or the choice changes, not on every render: with no partner chosen
  // the search went through every partner (50,000 partners: 0.45 s of the page's time during an
  // import in the browser script).
  const partner = useMemo(
    () => (selected === null ? undefined : network.partners.find((p) => p.id === selected)),
    [network, selected],
  );

  return (
    <section className="edit-panel" aria-labelledby="edit-panel-title">
      <h2 id="edit-panel-title">{t('workspace.edit.title')}</h2>
      {partner && (
        <>
          {/* The partner's fields changed (an edit, undo, another tab): the form shows them as
              they now are. A change of other partners, or the same fields read back as a new
              object, leaves what is being typed here alone. */}
          <EditPartner key={JSON.stringify(partner)} partner={partner} />
          <Cooperations key={partner.id} network={network} partner={partner} />
        </>
      )}
      <AddPartner />
    </section>
  );
}
