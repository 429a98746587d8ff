import { useTranslation } from 'react-i18next';
import type { NetworkComparison } from '../../core/compare';
import type { Catalogue } from '../../core/catalogue/types';
import type { Stand } from '../../core/project';
import { ChangeLists } from './ChangeLists';
import { ChangedPartners } from './ChangedPartners';
import { FiguresTable } from './FiguresTable';
import { useStandDate } from './use-stand-date';

interface Props {
  stand: Stand;
  comparison: NetworkComparison;
  catalogue: Catalogue;
  onShowOnMap?: () => void;
  onClose: () => void;
}

/** A Stand compared with the network now: figures side by side, then what changed. */
export function ComparisonView({ stand, comparison, catalogue, onShowOnMap, onClose }: Props) {
  const { t } = useTranslation();
  const date = useStandDate();
  return (
    <section className="compare-result" aria-labelledby="compare-result-title">
      <h3 id="compare-result-title">{t('compare.result.heading', { name: stand.name })}</h3>
      <p>
        {t('compare.result.summary', {
          name: stand.name,
          date: date(stand.taken),
          added: comparison.partners.added.length,
          gone: comparison.partners.gone.length,
          newTies: comparison.ties.added.length,
          lostTies: comparison.ties.lost.length,
        })}
      </p>
      <div className="compare-result-actions">
        {onShowOnMap && (
          <button type="button" onClick={onShowOnMap}>
            {t('compare.result.showOnMap')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('compare.result.close')}
        </button>
      </div>
      <FiguresTable
        standName={stand.name}
        before={comparison.figures.before}
        after={comparison.figures.after}
      />
      <ChangedPartners standName={stand.name} changed={comparison.partners.changed} />
      <ChangeLists standName={stand.name} comparison={comparison} catalogue={catalogue} />
    </section>
  );
}
