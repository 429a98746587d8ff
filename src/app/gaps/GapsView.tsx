import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Catalogue } from '../../core/catalogue/types';
import type { Network, Offer } from '../../core/model/types';
import type { ReferenceFigures } from '../../core/reference/types';
import { TaskProgress } from '../worker/TaskProgress';
import { useCoreTask } from '../worker/use-core-task';
import { CatalogueNote } from './CatalogueNote';
import './gaps.css';
import { GapFindings } from './GapFindings';
import { useGapLabels } from './labels';

export interface GapsViewProps {
  network: Network;
  /** The offers table; when empty, the offers listed on the partners are placed instead. */
  offers: readonly Offer[];
  /** The structure analysis, for its articulation points; null while it runs. */
  analysis: NetworkAnalysis | null;
  catalogue: Catalogue;
  /** The reference figures in use: the NZFH's or a state's own. */
  reference: ReferenceFigures;
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
  reference,
  corrections,
  onShowPartners,
  onCorrectType,
}: GapsViewProps) {
  const { t } = useTranslation();
  const articulationPoints = analysis?.network.articulationPoints ?? null;
  const task = useMemo(
    () =>
      ({
        task: 'gaps',
        network,
        catalogue,
        corrections,
        articulationPoints,
        offers: offers.length > 0 ? offers : null,
      }) as const,
    [network, catalogue, corrections, articulationPoints, offers],
  );
  // Computed in the worker; while a new report is computed the last one stays, out of reach.
  const gaps = useCoreTask(task);
  const labels = useGapLabels(network, catalogue);
  return (
    <article className="view-pane gaps-view" aria-label={t('gaps.label')}>
      <h2>{t('gaps.title')}</h2>
      <CatalogueNote catalogue={catalogue} />
      <TaskProgress
        label={t('gaps.computing')}
        status={gaps.status}
        onStop={gaps.stop}
        onRestart={gaps.restart}
      />
      {network.partners.length === 0 ? (
        <p>{t('gaps.empty')}</p>
      ) : (
        gaps.result && (
          <GapFindings
            report={gaps.result}
            fresh={gaps.current}
            waitingForAnalysis={analysis === null}
            catalogue={catalogue}
            reference={reference}
            labels={labels}
            onShowPartners={onShowPartners}
            onCorrectType={onCorrectType}
          />
        )
      )}
    </article>
  );
}
