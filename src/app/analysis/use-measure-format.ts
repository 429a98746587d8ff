import { useTranslation } from 'react-i18next';
import { NUMBER_LOCALE, type Language } from '../i18n';
import { formatDecimal } from '../text/number-format';
import type { MeasureValue } from './partner-rows';

/**
 * Formats a figure in the UI language: numbers in the one number format of the app and the report
 * (`formatDecimal`: the measure's decimals, a true minus), yes/no in words, null as a dash.
 */
export function useMeasureFormat(): (value: MeasureValue, digits?: number) => string {
  const { t, i18n } = useTranslation();
  const locale = NUMBER_LOCALE[i18n.language as Language] ?? NUMBER_LOCALE.de;
  return (value, digits = 0) => {
    if (value === null) return t('analysis.none');
    if (typeof value === 'boolean') return value ? t('analysis.yes') : t('analysis.no');
    return formatDecimal(locale, value, digits);
  };
}
