import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Network } from '../../core/model/types';
import type { Visible } from '../filters/filters';
import { IntensityLegend } from './IntensityLegend';
import { PartnerMatrix } from './PartnerMatrix';
import { SectorOverview } from './SectorOverview';
import './matrix.css';
import { hasOwnWeights } from '../../core/model/tie-weight';

/**
 * Above this many partners a partner × partner table has more than 22,500 cells: too many to read
 * on a screen or to draw quickly, so the view summarises by sector instead.
 */
export const MATRIX_PARTNER_LIMIT = 150;

interface Props {
  network: Network;
  visible: Visible;
  selected: string | null;
  onSelect: (id: string) => void;
  /** The analysis of the network, for the sector summary of large networks. */
  analysis?: NetworkAnalysis | null;
}

/** The Kooperationsmatrix: who cooperates with whom and how closely, partner by partner. */
export function MatrixView({ network, visible, selected, onSelect, analysis = null }: Props) {
  const { t } = useTranslation();
  const count = visible.partners.size;
  return (
    <div className="view-pane matrix-view">
      <h2>{t('matrix.title')}</h2>
      <p className="matrix-note">{t('matrix.intro')}</p>
      {count === 0 && <p>{t('matrix.empty')}</p>}
      {count > 0 && count <= MATRIX_PARTNER_LIMIT && (
        <PartnerMatrix
          network={network}
          visible={visible}
          selected={selected}
          onSelect={onSelect}
        />
      )}
      {count > MATRIX_PARTNER_LIMIT && (
        <SectorOverview
          network={network}
          visible={visible}
          analysis={analysis}
          limit={MATRIX_PARTNER_LIMIT}
        />
      )}
      <IntensityLegend weighted={hasOwnWeights(network.cooperations)} />
    </div>
  );
}
