import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicatePartners as DuplicatePair } from '../../core/doubles/find-duplicate-partners';
import type { Membership, Network, Offer } from '../../core/model/types';
import type { Session } from '../session/session';
import { TaskProgress } from '../worker/TaskProgress';
import { useCoreTask } from '../worker/use-core-task';
import '../gaps/gaps.css';
import { DoubledOffers } from './DoubledOffers';
import { DuplicatePartners } from './DuplicatePartners';
import { MergeDialog } from './MergeDialog';
import { NetworksNote } from './NetworksNote';
import { OverlappingCommittees } from './OverlappingCommittees';
import { SeveralNetworks } from './SeveralNetworks';

export interface DoublesViewProps {
  network: Network;
  offers: readonly Offer[];
  memberships: readonly Membership[];
  /** 0–1: Jaccard overlap from which two working groups are reported (default 0.5). */
  threshold: number;
  onThresholdChange: (threshold: number) => void;
  onShowPartners: (ids: string[]) => void;
  /** A merged network to take over, with a label for the change history. */
  onMerge: (result: { network: Network; label: string }) => void;
  /** The networks kept in this browser, to find partners in several of them. */
  session?: Session | null;
  /** Takes the merged network of several compared networks under a proposed name. */
  onOpenMerged?: (network: Network, name: string) => void;
}

/**
 * Doppelstrukturen: partners entered twice, the same offer twice in one social area, working groups
 * with nearly the same members, and partners in several networks kept in this browser.
 */
export function DoublesView({
  network,
  offers,
  memberships,
  threshold,
  onThresholdChange,
  onShowPartners,
  onMerge,
  session,
  onOpenMerged,
}: DoublesViewProps) {
  const { t } = useTranslation();
  const task = useMemo(
    () => ({ task: 'doubles', network, offers, memberships, committeeOverlap: threshold }) as const,
    [network, offers, memberships, threshold],
  );
  // Computed in the worker; while a newer search runs the last findings stay, out of reach.
  const doubles = useCoreTask(task);
  const report = doubles.result;
  const names = useMemo(() => new Map(network.partners.map((p) => [p.id, p.name])), [network]);
  const partnerName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  return (
    <article className="view-pane gaps-view" aria-label={t('gaps.doubles.label')}>
      <h2>{t('gaps.doubles.title')}</h2>
      <p className="gaps-help">{t('gaps.doubles.intro')}</p>
      <TaskProgress
        label={t('gaps.doubles.computing')}
        status={doubles.status}
        onStop={doubles.stop}
        onRestart={doubles.restart}
      />
      {report && (
        <>
          <div inert={!doubles.current} aria-busy={!doubles.current}>
            <DuplicatePartners
              pairs={report.partners}
              partnerName={partnerName}
              onShowPartners={onShowPartners}
              onMergeRequest={setMerging}
            />
            <DoubledOffers
              offers={report.offers}
              partnerName={partnerName}
              onShowPartners={onShowPartners}
            />
          </div>
          {/* Not held inert: the threshold stays movable while the search runs again. */}
          <OverlappingCommittees
            committees={report.committees}
            threshold={threshold}
            onThresholdChange={onThresholdChange}
            partnerName={partnerName}
            onShowPartners={onShowPartners}
          />
        </>
      )}
      {session ? (
        <SeveralNetworks session={session} network={network} onOpenMerged={onOpenMerged} />
      ) : (
        <NetworksNote />
      )}
      {merging !== null && (
        <MergeDialog
          key={merging.ids.join('|')}
          network={network}
          keepId={merging.ids[0]}
          dropId={merging.ids[1]}
          partnerName={partnerName}
          onClose={() => setMerging(null)}
          onMerge={onMerge}
        />
      )}
    </article>
  );
}
