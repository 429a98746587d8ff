import { useTranslation } from 'react-i18next';
import type { NetworkComparison } from '../../core/compare';
import type { Catalogue } from '../../core/catalogue/types';
import type { Stand } from '../../core/project';
import { ChangeLists } from './ChangeLists';
import { FiguresTable } from './FiguresTable';
import { useStandDate } from './use-stand-date';

interface Props {
  stand: Stand;
  comparison: NetworkComparison;
  catalogue: Catalogue;
  onClose: () => void;
}

/** A Stand compared with the network now: figures side by side, then what changed. */
export function ComparisonView({ stand, comparison, catalogue, onClose }: Props) {
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
      <FiguresTable
        standName={stand.name}
        before={comparison.figures.before}
        after={comparison.figures.after}
      />
      <ChangeLists standName={stand.name} comparison={comparison} catalogue={catalogue} />
      <button type="button" onClick={onClose}>
        {t('compare.result.close')}
      </button>
    </section>
  );
}
