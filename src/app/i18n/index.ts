import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export type Language = 'de' | 'en';
export const LANGUAGES: readonly Language[] = ['de', 'en'];

/** Locale used for numbers and dates in each UI language. */
export const NUMBER_LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

type Catalogue = Record<string, unknown>;

/**
 * The text catalogues: `de.json`/`en.json` hold the interface's own text; each feature keeps its
 * text in `<area>.de.json`/`<area>.en.json` (e.g. `problems.de.json`), found under the key `<area>`.
 */
const files = import.meta.glob<Catalogue>('./*.json', { eager: true, import: 'default' });

export function buildResources(
  catalogues: Record<string, Catalogue>,
): Record<Language, { translation: Catalogue }> {
  const resources: Record<Language, { translation: Catalogue }> = {
    de: { translation: {} },
    en: { translation: {} },
  };
  for (const [path, content] of Object.entries(catalogues)) {
    const match = /([\w-]+?)(?:\.(de|en))?\.json$/.exec(path);
    if (!match) continue;
    const [, first, second] = match;
    if (second === undefined && (first === 'de' || first === 'en'))
      Object.assign(resources[first].translation, content);
    else if (second === 'de' || second === 'en')
      resources[second].translation[first as string] = content;
  }
  return resources;
}

export const resources = buildResources(files);

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
