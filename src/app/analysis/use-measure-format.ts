import { useTranslation } from 'react-i18next';
import { NUMBER_LOCALE, type Language } from '../i18n';
import { numberFormat } from '../text/number-format';
import type { MeasureValue } from './partner-rows';

/**
 * Formats a figure in the UI language: numbers by locale with a fixed number of decimals (so that
 * the columns of a table line up: 0,500 beside 0,125), yes/no in words, null as a dash.
 */
export function useMeasureFormat(): (value: MeasureValue, digits?: number) => string {
  const { t, i18n } = useTranslation();
  const locale = NUMBER_LOCALE[i18n.language as Language] ?? NUMBER_LOCALE.de;
  return (value, digits = 0) => {
    if (value === null) return t('analysis.none');
    if (typeof value === 'boolean') return value ? t('analysis.yes') : t('analysis.no');
    return numberFormat(locale, digits, digits).format(value);
  };
}
