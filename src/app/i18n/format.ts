import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../text/number-format';
import { NUMBER_LOCALE, type Language } from './index';

/** Number formatting in the UI language's locale (de-DE: 0,125; en-GB: 0.125), see formatDecimal. */
export function useFormatNumber(): (value: number, digits?: number) => string {
  const { i18n } = useTranslation();
  const locale = NUMBER_LOCALE[(i18n.language as Language) ?? 'de'] ?? 'de-DE';
  return (value, digits = 0) => formatDecimal(locale, value, digits);
}
