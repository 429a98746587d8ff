import { useTranslation } from 'react-i18next';
import { useMeasureFormat } from './use-measure-format';

interface Props {
  shown: number;
  total: number;
  onShowAll: () => void;
}

/** Says how many of a long list are drawn and offers the rest; nothing when all are drawn. */
export function ShowAll({ shown, total, onShowAll }: Props) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  if (shown >= total) return null;
  return (
    <p>
      {t('analysis.more.shown', { shown: format(shown), total: format(total) })}{' '}
      <button type="button" onClick={onShowAll}>
        {t('analysis.more.showAll', { total: format(total) })}
      </button>
    </p>
  );
}
