import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Network } from '../../core/model/types';
import './analysis.css';
import { BrokerageRoles } from './BrokerageRoles';
import { CommunitiesVsSectors } from './CommunitiesVsSectors';
import { KeyPoints } from './KeyPoints';
import { NetworkFigures } from './NetworkFigures';
import { partnersById } from './partner-rows';
import { PartnerMeasuresTable } from './PartnerMeasuresTable';
import { SectorHeatMap } from './SectorHeatMap';
import { SectorOpenness } from './SectorOpenness';
import { WhatIfSection } from './WhatIfSection';

interface Props {
  network: Network;
  analysis: NetworkAnalysis | null;
  onSelect: (id: string) => void;
}

/**
 * The analysis of the network in words and tables, for coordinators rather than data scientists:
 * key figures, every partner's measures, cooperation between sectors, the points the network hangs
 * on and what the loss of any of them would cause, brokers, and whether its groups repeat the
 * sectors.
 */
export function AnalysisView({ network, analysis, onSelect }: Props) {
  const { t } = useTranslation();
  const partners = useMemo(() => partnersById(network), [network]);
  if (analysis === null) {
    return (
      <div className="view-pane analysis-view">
        <p role="status">{t('analysis.running')}</p>
      </div>
    );
  }
  return (
    <article className="view-pane analysis-view" aria-label={t('analysis.label')}>
      <h2>{t('analysis.title')}</h2>
      {analysis.network.partners === 0 ? (
        <p>{t('analysis.empty')}</p>
      ) : (
        <>
          <NetworkFigures analysis={analysis} />
          <PartnerMeasuresTable network={network} analysis={analysis} onSelect={onSelect} />
          <SectorHeatMap analysis={analysis} />
          <SectorOpenness analysis={analysis} />
          <KeyPoints analysis={analysis} partners={partners} onSelect={onSelect} />
          <WhatIfSection network={network} onSelect={onSelect} />
          <BrokerageRoles network={network} analysis={analysis} onSelect={onSelect} />
          <CommunitiesVsSectors analysis={analysis} />
        </>
      )}
    </article>
  );
}
