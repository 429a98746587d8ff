import { useTranslation } from 'react-i18next';
import { NUMBER_LOCALE } from '../i18n';
import type { ReferenceWords } from '../text/reference-text';

/** The reference figures' words in the interface language. */
export function useReferenceWords(): ReferenceWords {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  return { t, language, locale: NUMBER_LOCALE[language] };
}
