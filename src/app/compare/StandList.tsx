import { useTranslation } from 'react-i18next';
import type { Stand } from '../../core/project';
import { ConfirmButton } from '../components/ConfirmButton';
import { useFormatNumber } from '../i18n/format';
import { removeStand } from './stands';
import { changeStands } from './stand-store';
import { useStandDate } from './use-stand-date';

interface Props {
  stands: readonly Stand[];
  /** The Stand being compared, if any. */
  chosen: Stand | null;
  onCompare: (stand: Stand) => void;
}

/** The Stände kept with the network, oldest first: when each was taken, compare, delete. */
export function StandList({ stands, chosen, onCompare }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const date = useStandDate();
  if (stands.length === 0) return <p className="muted">{t('compare.list.empty')}</p>;
  return (
    <ul className="compare-stands" aria-label={t('compare.list.label')}>
      {stands.map((stand, index) => (
        <li key={`${index}-${stand.taken}`}>
          <strong>{stand.name}</strong>{' '}
          <span className="muted">
            {t('compare.list.taken', { date: date(stand.taken) })},{' '}
            {t('compare.list.size', {
              partners: format(stand.network.partners.length),
              cooperations: format(stand.network.cooperations.length),
            })}
          </span>
          <span className="compare-actions">
            <button
              type="button"
              aria-pressed={stand === chosen}
              aria-label={t('compare.list.compareNamed', { name: stand.name })}
              onClick={() => onCompare(stand)}
            >
              {t('compare.list.compare')}
            </button>
            <ConfirmButton
              label={t('compare.list.delete')}
              ariaLabel={t('compare.list.deleteNamed', { name: stand.name })}
              question={t('compare.list.deleteQuestion', { name: stand.name })}
              confirmLabel={t('compare.list.deleteConfirm')}
              onConfirm={() => changeStands(removeStand(index))}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
