import { formatDecimal } from '../text/number-format';
import type { ReportFormat, ReportLanguage } from './types';

/**
 * Locale of each report language (the app's i18n uses the same pair; kept here so the CLI can
 * render the report without loading the app's catalogue loader).
 */
export const REPORT_LOCALE: Record<ReportLanguage, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * Numbers and dates as a reader of the report's language writes them: 0,125 / 0.125, 3. März 2025
 * / 3 March 2025; a figure with as many decimals as its measure has (0,20 beside 0,19), in the
 * app's one number format (`formatDecimal`).
 */
export function reportFormat(language: ReportLanguage, none: string): ReportFormat {
  const locale = REPORT_LOCALE[language];
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    number: (value, digits = 0) =>
      value === null || !Number.isFinite(value) ? none : formatDecimal(locale, value, digits),
    date: (iso) => {
      const day = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? iso : dateFormat.format(day);
    },
  };
}
