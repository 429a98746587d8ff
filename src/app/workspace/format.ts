import { useTranslation } from 'react-i18next';
import { NUMBER_LOCALE, type Language } from '../i18n';

/** Dates and times of stored networks in the interface's language ("14.03.2025, 09:05"). */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const locale = NUMBER_LOCALE[(i18n.language === 'en' ? 'en' : 'de') satisfies Language];
  return {
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      ),
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)),
    time: (iso: string) =>
      new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(iso)),
  };
}
