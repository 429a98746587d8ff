import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';
import problemsDe from './problems.de.json';
import problemsEn from './problems.en.json';

export type Language = 'de' | 'en';
export const LANGUAGES: readonly Language[] = ['de', 'en'];

/** Locale used for numbers and dates in each UI language. */
export const NUMBER_LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export const resources = {
  de: { translation: { ...de, problems: problemsDe } },
  en: { translation: { ...en, problems: problemsEn } },
} as const;

// German is the source language. Names from user data are interpolated as plain text: React
// escapes them when rendering, so i18next's own HTML escaping is switched off (no double escaping).
export const i18nReady = i18next.use(initReactI18next).init({
  resources,
  lng: 'de',
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
