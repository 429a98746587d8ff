import { useTranslation } from 'react-i18next';
import { GapQuestion } from '../gaps/GapSection';

/** One partner in several municipal networks needs those networks side by side; the app holds one. */
export function NetworksNote() {
  const { t } = useTranslation();
  return (
    <GapQuestion title={t('gaps.doubles.networks.title')}>
      <p>{t('gaps.doubles.networks.note')}</p>
    </GapQuestion>
  );
}
