import { useTranslation } from 'react-i18next';
import { NUMBER_LOCALE } from '../i18n';

/** The day a Stand was taken, in the interface's language ("14.03.2025" in German). */
export function useStandDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  const locale = NUMBER_LOCALE[i18n.language === 'en' ? 'en' : 'de'];
  const format = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  return (iso) => format.format(new Date(iso));
}
