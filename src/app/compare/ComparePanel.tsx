import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkComparison } from '../../core/compare';
import type { Catalogue } from '../../core/catalogue/types';
import type { Stand } from '../../core/project';
import { currentNetwork } from '../store/state';
import { useNetworkStore } from '../store/store';
import { TaskProgress } from '../worker/TaskProgress';
import { useCoreTask } from '../worker/use-core-task';
import { ComparisonView } from './ComparisonView';
import { useStands } from './stand-store';
import { StandList } from './StandList';
import { TakeStand } from './TakeStand';
import './compare.css';

export interface ComparePanelProps {
  catalogue: Catalogue;
  /**
   * The comparison shown (null when none), for the map to draw with `comparisonAppearance`. Pass a
   * stable function (`useCallback`): it is called again whenever it changes.
   */
  onComparison?: (comparison: NetworkComparison | null) => void;
  /** The clock; defaults to the browser's. */
  now?: () => Date;
}

const browserClock = () => new Date();

/**
 * Comparing over time, as steering groups ask for it: keep the network's Stand ("Stand 2024",
 * "Stand 2025") and compare a kept Stand with the network now. The comparison follows every edit; it is computed in the worker.
 */
export function ComparePanel({ catalogue, onComparison, now = browserClock }: ComparePanelProps) {
  const { t } = useTranslation();
  const stands = useStands();
  const network = useNetworkStore((state) => currentNetwork(state));
  const corrections = useNetworkStore((state) => state.corrections);
  const [chosen, setChosen] = useState<Stand | null>(null);
  // A Stand deleted (or one of another network) is no longer compared.
  const stand = chosen !== null && stands.includes(chosen) ? chosen : null;
  const task = useMemo(
    () =>
      stand === null
        ? null
        : ({
            task: 'compare',
            before: stand.network,
            after: network,
            catalogue,
            corrections,
          } as const),
    [stand, network, catalogue, corrections],
  );
  // Computed in the worker. While an edit is compared anew the last comparison of the same Stand
  // stays in view (held inert); another Stand's is never shown under this one's name.
  const comparing = useCoreTask(task);
  const comparison =
    stand !== null && comparing.resultOf?.before === stand.network ? comparing.result : null;
  // The map draws what the panel shows, and nothing once the panel is gone.
  useEffect(() => {
    onComparison?.(comparison);
    return () => onComparison?.(null);
  }, [comparison, onComparison]);

  return (
    <section className="compare-panel" aria-labelledby="compare-panel-title">
      <h2 id="compare-panel-title">{t('compare.title')}</h2>
      <p className="muted">{t('compare.intro')}</p>
      <TakeStand now={now} />
      <StandList stands={stands} chosen={stand} onCompare={setChosen} />
      {stand !== null && (
        <TaskProgress
          label={t('compare.computing')}
          status={comparing.status}
          onStop={comparing.stop}
          onRestart={comparing.restart}
        />
      )}
      {stand !== null && comparison !== null && (
        <div inert={!comparing.current} aria-busy={!comparing.current}>
          <ComparisonView
            stand={stand}
            comparison={comparison}
            catalogue={catalogue}
            onClose={() => setChosen(null)}
          />
        </div>
      )}
    </section>
  );
}
