import type { TFunction } from 'i18next';
import type { CatalogueLabel } from '../../core/catalogue/types';
import type { ReferenceRow } from '../../core/reference/compare-with-reference';
import type { ReferenceFigure } from '../../core/reference/types';
import { formatDecimal } from './number-format';

/**
 * The words of the reference figures, one wording for the gap view and the report (whose texts
 * the command line also has, under `report.`). `locale` is the number locale of the reader's
 * language, passed in so the report needs no app i18n.
 */
export interface ReferenceWords {
  t: TFunction;
  language: 'de' | 'en';
  locale: string;
}

/** A label in the reader's language, the German one where the file has no other. */
export function inLanguage(label: CatalogueLabel, language: 'de' | 'en'): string {
  return label[language] || label.de;
}

/** "92,9 %": always one decimal, as the NZFH publishes its shares (85,0 %, not 85 %). */
export function referencePercent({ t, locale }: ReferenceWords, percent: number): string {
  return t('report.gaps.reference.percent', { value: formatDecimal(locale, percent, 1) });
}

/** "ja", "nein", or "nicht geprüft" where the catalogue in use has no such type. */
export function referenceAnswer({ t }: ReferenceWords, inNetwork: boolean | null): string {
  if (inNetwork === null) return t('report.gaps.reference.unknown');
  return t(inNetwork ? 'report.gaps.reference.yes' : 'report.gaps.reference.no');
}

/**
 * "Familienhebammen/…: in 92,9 % der Kommunen im Netzwerk (NZFH 2020) – Ihr Netzwerk: nein". The
 * group leads, as its source names it, so that any group name reads as a whole sentence.
 */
export function referenceSentence(
  words: ReferenceWords,
  unit: CatalogueLabel,
  { figure, inNetwork }: ReferenceRow,
): string {
  return words.t('report.gaps.reference.sentence', {
    group: inLanguage(figure.group, words.language),
    percent: referencePercent(words, figure.percent),
    unit: inLanguage(unit, words.language),
    source: figure.source.name,
    year: String(figure.year),
    answer: referenceAnswer(words, inNetwork),
  });
}

/** "in 92,9 % der Kommunen (NZFH 2020)": the figure beside a missing type. */
export function referenceBeside(
  words: ReferenceWords,
  unit: CatalogueLabel,
  figure: ReferenceFigure,
): string {
  return words.t('report.gaps.reference.beside', {
    percent: referencePercent(words, figure.percent),
    unit: inLanguage(unit, words.language),
    source: figure.source.name,
    year: String(figure.year),
  });
}
