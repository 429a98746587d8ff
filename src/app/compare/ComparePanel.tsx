import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../core/catalogue/types';
import { TaskProgress } from '../worker/TaskProgress';
import { chooseStand } from './chosen-stand';
import { ComparisonView } from './ComparisonView';
import { useStands } from './stand-store';
import { StandList } from './StandList';
import { TakeStand } from './TakeStand';
import { useComparison } from './use-comparison';
import './compare.css';

export interface ComparePanelProps {
  catalogue: Catalogue;
  /** Shows the comparison on the map (new ties, new partners, lost ties). */
  onShowOnMap?: () => void;
  /** The clock; defaults to the browser's. */
  now?: () => Date;
}

const browserClock = () => new Date();

/**
 * Comparing over time, as steering groups ask for it: keep the network's Stand ("Stand 2024",
 * "Stand 2025") and compare a kept Stand with the network now. The comparison follows every edit;
 * it is computed in the worker.
 */
export function ComparePanel({ catalogue, onShowOnMap, now = browserClock }: ComparePanelProps) {
  const { t } = useTranslation();
  const stands = useStands();
  const { stand, comparison, task } = useComparison(catalogue);
  return (
    <section className="compare-panel" aria-labelledby="compare-panel-title">
      <h2 id="compare-panel-title">{t('compare.title')}</h2>
      <p className="muted">{t('compare.intro')}</p>
      <TakeStand now={now} />
      <StandList stands={stands} chosen={stand} onCompare={chooseStand} />
      {stand !== null && (
        <TaskProgress
          label={t('compare.computing')}
          status={task.status}
          onStop={task.stop}
          onRestart={task.restart}
        />
      )}
      {stand !== null && comparison !== null && (
        // While an edit is compared anew the last comparison of the same Stand stays in view.
        <div inert={!task.current} aria-busy={!task.current}>
          <ComparisonView
            stand={stand}
            comparison={comparison}
            catalogue={catalogue}
            onShowOnMap={onShowOnMap}
            onClose={() => chooseStand(null)}
          />
        </div>
      )}
    </section>
  );
}
