import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Catalogue } from '../../core/catalogue/types';
import { findGaps } from '../../core/gaps/findGaps';
import type { Network, Offer } from '../../core/model/types';
import { ArticulationDependents } from './ArticulationDependents';
import { AreaCoverageTable } from './AreaCoverageTable';
import { CatalogueNote } from './CatalogueNote';
import './gaps.css';
import { GapQuestion } from './GapSection';
import { partnersBySector } from './grouping';
import { useGapLabels } from './labels';
import { Loners } from './Loners';
import { MatchReview } from './MatchReview';
import { MissingTypes } from './MissingTypes';
import { Suggestions } from './Suggestions';
import { UnconnectedSectors } from './UnconnectedSectors';
import { YouthHealthLink } from './YouthHealthLink';

export interface GapsViewProps {
  network: Network;
  /** The offers table; when empty, the offers listed on the partners are placed instead. */
  offers: readonly Offer[];
  /** The structure analysis, for its articulation points; null while it runs. */
  analysis: NetworkAnalysis | null;
  catalogue: Catalogue;
  /** The coordinator's type corrections: partner id → catalogue type id. */
  corrections: ReadonlyMap<string, string>;
  onShowPartners: (ids: string[]) => void;
  /** Confirm or correct a partner's type; null returns it to the automatic match. */
  onCorrectType: (partnerId: string, typeId: string | null) => void;
}

/**
 * Lücken: the network held against the reference catalogue and against itself, answering the three
 * questions a steering group asks, each finding with its evidence and a way to see it on the map.
 */
export function GapsView({
  network,
  offers,
  analysis,
  catalogue,
  corrections,
  onShowPartners,
  onCorrectType,
}: GapsViewProps) {
  const { t } = useTranslation();
  const articulationPoints = analysis?.network.articulationPoints;
  const report = useMemo(
    () =>
      findGaps(network, catalogue, {
        corrections,
        articulationPoints,
        offers: offers.length > 0 ? offers : undefined,
      }),
    [network, catalogue, corrections, articulationPoints, offers],
  );
  const labels = useGapLabels(network, catalogue);
  const bySector = useMemo(() => partnersBySector(report.matches), [report]);
  const shared = { labels, onShowPartners };
  return (
    <article className="view-pane gaps-view" aria-label={t('gaps.label')}>
      <h2>{t('gaps.title')}</h2>
      <CatalogueNote catalogue={catalogue} />
      {network.partners.length === 0 ? (
        <p>{t('gaps.empty')}</p>
      ) : (
        <>
          <GapQuestion title={t('gaps.questions.missing')}>
            <MissingTypes report={report} catalogue={catalogue} bySector={bySector} {...shared} />
            <AreaCoverageTable coverage={report.areaCoverage} />
          </GapQuestion>
          <GapQuestion title={t('gaps.questions.link')}>
            <YouthHealthLink link={report.youthHealthLink} {...shared} />
            <UnconnectedSectors
              pairs={report.unconnectedSectorPairs}
              bySector={bySector}
              {...shared}
            />
          </GapQuestion>
          <GapQuestion title={t('gaps.questions.individuals')}>
            <Loners
              withoutCrossSectorTie={report.withoutCrossSectorTie}
              isolates={report.isolates}
              {...shared}
            />
            <ArticulationDependents
              dependents={analysis === null ? null : report.articulationDependents}
              {...shared}
            />
          </GapQuestion>
          <Suggestions suggestions={report.suggestions} {...shared} />
          <MatchReview
            matches={report.matches}
            catalogue={catalogue}
            labels={labels}
            onCorrectType={onCorrectType}
          />
        </>
      )}
    </article>
  );
}
