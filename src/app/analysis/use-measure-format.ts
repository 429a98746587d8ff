import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../i18n/format';
import type { MeasureValue } from './partner-rows';

/** Formats a figure in the UI language: numbers by locale, yes/no in words, null as a dash. */
export function useMeasureFormat(): (value: MeasureValue, digits?: number) => string {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return (value, digits = 0) => {
    if (value === null) return t('analysis.none');
    if (typeof value === 'boolean') return value ? t('analysis.yes') : t('analysis.no');
    return format(value, digits);
  };
}
