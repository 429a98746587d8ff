import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Network } from '../../core/model/types';
import { SectorHeatMap } from '../analysis/SectorHeatMap';
import type { Visible } from '../filters/filters';
import { visibleSectorBlocks } from './visible-blocks';
import '../analysis/analysis.css';

interface Props {
  network: Network;
  visible: Visible;
  analysis: NetworkAnalysis | null;
  limit: number;
}

/**
 * Too many partners for a readable partner × partner table: the sector × sector matrix of the
 * analysis view instead, for the partners shown when a filter narrows the network.
 */
export function SectorOverview({ network, visible, analysis, limit }: Props) {
  const { t } = useTranslation();
  const filtered = visible.hiddenPartners > 0 || visible.hiddenCooperations > 0;
  const shown = useMemo(
    () =>
      analysis && filtered
        ? {
            ...analysis,
            sectors: { ...analysis.sectors, blockDensity: visibleSectorBlocks(network, visible) },
          }
        : analysis,
    [analysis, filtered, network, visible],
  );
  return (
    <>
      <p className="matrix-note">{t('matrix.tooLarge', { count: visible.partners.size, limit })}</p>
      {shown ? <SectorHeatMap analysis={shown} /> : <p role="status">{t('matrix.waiting')}</p>}
    </>
  );
}
