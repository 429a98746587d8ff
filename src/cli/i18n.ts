import i18next, { type TFunction } from 'i18next';
import analysisDe from '../app/i18n/analysis.de.json';
import analysisEn from '../app/i18n/analysis.en.json';
import appDe from '../app/i18n/de.json';
import appEn from '../app/i18n/en.json';
import problemsDe from '../app/i18n/problems.de.json';
import problemsEn from '../app/i18n/problems.en.json';
import reportDe from '../app/i18n/report.de.json';
import reportEn from '../app/i18n/report.en.json';
import shareDe from '../app/i18n/share.de.json';
import shareEn from '../app/i18n/share.en.json';
import type { CliLanguage } from './messages';

/**
 * The app's text catalogues under the same keys the app finds them (its own words at the top, the
 * areas under `<area>.…`), imported one by one: the app collects them with Vite's
 * `import.meta.glob`, which Node does not have. The share file uses the partner panel's words.
 */
const RESOURCES = {
  de: {
    translation: {
      ...appDe,
      analysis: analysisDe,
      problems: problemsDe,
      report: reportDe,
      share: shareDe,
    },
  },
  en: {
    translation: {
      ...appEn,
      analysis: analysisEn,
      problems: problemsEn,
      report: reportEn,
      share: shareEn,
    },
  },
};

/** A translate function of its own for one language, as the app's components receive it. */
export function cliTranslator(language: CliLanguage): TFunction {
  const instance = i18next.createInstance();
  // Resources are in memory, so init finishes synchronously; names are escaped by React, not here.
  void instance.init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: 'de',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}
