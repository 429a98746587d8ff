import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../core/catalogue/types';
import type { GapReport } from '../../core/gaps/types';
import { compareWithReference } from '../../core/reference/compare-with-reference';
import type { ReferenceFigures } from '../../core/reference/types';
import { ArticulationDependents } from './ArticulationDependents';
import { AreaCoverageTable } from './AreaCoverageTable';
import { GapQuestion } from './GapSection';
import { partnersBySector } from './grouping';
import type { GapLabels } from './labels';
import { Loners } from './Loners';
import { MatchReview } from './MatchReview';
import { MissingTypes } from './MissingTypes';
import { ReferenceTable } from './ReferenceTable';
import { Suggestions } from './Suggestions';
import { UnconnectedSectors } from './UnconnectedSectors';
import { YouthHealthFinding } from './YouthHealthFinding';

interface Props {
  report: GapReport;
  /**
   * False while the report of a newer network state is computed: this one stays in view, so the
   * page keeps its place, but cannot be acted on.
   */
  fresh: boolean;
  /** The articulation points come from the structure analysis, which is still running. */
  waitingForAnalysis: boolean;
  catalogue: Catalogue;
  /** Published shares of municipalities with each partner group, to set the network beside. */
  reference: ReferenceFigures;
  labels: GapLabels;
  onShowPartners: (ids: string[]) => void;
  onCorrectType: (partnerId: string, typeId: string | null) => void;
}

/** The gap report answering the three questions a steering group asks, then suggestions and matches. */
export function GapFindings({
  report,
  fresh,
  waitingForAnalysis,
  catalogue,
  reference,
  labels,
  onShowPartners,
  onCorrectType,
}: Props) {
  const { t } = useTranslation();
  const bySector = useMemo(() => partnersBySector(report.partnerSectors), [report]);
  const comparison = useMemo(
    () => compareWithReference(reference, catalogue, report.missingTypes),
    [reference, catalogue, report],
  );
  const shared = { labels, onShowPartners };
  return (
    <div className="gap-findings" inert={!fresh} aria-busy={!fresh}>
      <GapQuestion title={t('gaps.questions.missing')}>
        <MissingTypes
          report={report}
          catalogue={catalogue}
          comparison={comparison}
          bySector={bySector}
          {...shared}
        />
        <ReferenceTable comparison={comparison} />
        <AreaCoverageTable coverage={report.areaCoverage} />
      </GapQuestion>
      <GapQuestion title={t('gaps.questions.link')}>
        <YouthHealthFinding link={report.youthHealthLink} {...shared} />
        <UnconnectedSectors pairs={report.unconnectedSectorPairs} bySector={bySector} {...shared} />
      </GapQuestion>
      <GapQuestion title={t('gaps.questions.individuals')}>
        <Loners
          withoutCrossSectorTie={report.withoutCrossSectorTie}
          isolates={report.isolates}
          {...shared}
        />
        <ArticulationDependents
          dependents={waitingForAnalysis ? null : report.articulationDependents}
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
    </div>
  );
}
