import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareNetworks, type NetworkComparison } from '../../core/compare';
import type { Catalogue } from '../../core/catalogue/types';
import type { Snapshot } from '../../core/project';
import { currentNetwork } from '../store/state';
import { useNetworkStore } from '../store/store';
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
 * "Stand 2025") and compare a kept Stand with the network now. The comparison follows every edit.
 */
export function ComparePanel({ catalogue, onComparison, now = browserClock }: ComparePanelProps) {
  const { t } = useTranslation();
  const stands = useStands();
  const network = useNetworkStore((state) => currentNetwork(state));
  const corrections = useNetworkStore((state) => state.corrections);
  const [chosen, setChosen] = useState<Snapshot | null>(null);
  // A Stand deleted (or one of another network) is no longer compared.
  const stand = chosen !== null && stands.includes(chosen) ? chosen : null;
  const comparison = useMemo(
    () =>
      stand === null ? null : compareNetworks(stand.network, network, { catalogue, corrections }),
    [stand, network, catalogue, corrections],
  );
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
      {stand !== null && comparison !== null && (
        <ComparisonView
          stand={stand}
          comparison={comparison}
          catalogue={catalogue}
          onClose={() => setChosen(null)}
        />
      )}
    </section>
  );
}
