import importerDe from '../app/i18n/importer.de.json';
import importerEn from '../app/i18n/importer.en.json';
import { readableParams, type ProblemWords } from '../app/i18n/problem-params';
import problemsDe from '../app/i18n/problems.de.json';
import problemsEn from '../app/i18n/problems.en.json';
import reportDe from '../app/i18n/report.de.json';
import reportEn from '../app/i18n/report.en.json';
import type { CatalogueProblem } from '../core/catalogue/types';
import type { Problem } from '../core/model/problems';
import type { UnusableFile } from './unusable';

export type CliLanguage = 'de' | 'en';

const CATALOGUES: Record<CliLanguage, Record<string, string>> = { de: problemsDe, en: problemsEn };
const CATALOGUE_TEXTS: Record<CliLanguage, Record<string, string>> = {
  de: reportDe.catalogueProblems,
  en: reportEn.catalogueProblems,
};

/** Fills `{{name}}` placeholders the way the app's i18n does, so both speak with the same words. */
function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : '',
  );
}

const WORDS: Record<CliLanguage, ProblemWords> = {
  de: { fields: importerDe.fields, kinds: importerDe.kinds },
  en: { fields: importerEn.fields, kinds: importerEn.kinds },
};

export function describeProblem(problem: Problem, language: CliLanguage): string {
  const template = CATALOGUES[language][problem.code] ?? problem.code;
  return interpolate(template, readableParams(problem, WORDS[language]));
}

/** A catalogue problem in the CLI's language, with the texts the report uses. */
export function describeCatalogueProblem(problem: CatalogueProblem, language: CliLanguage): string {
  const template = CATALOGUE_TEXTS[language][problem.code] ?? problem.code;
  return interpolate(template, { ...problem.params, path: problem.path });
}

/** Why the CLI stops without a report: a file it was given cannot be used (its problems come first). */
export function describeUnusable(unusable: UnusableFile, language: CliLanguage): string {
  const kind = unusable.kind === undefined ? undefined : WORDS[language].kinds[unusable.kind];
  const where =
    unusable.option === undefined ? unusable.file : `${unusable.option} ${unusable.file}`;
  if (language === 'en')
    return kind === undefined
      ? `${where}: the file could not be read in full (see above); nothing was analysed.`
      : `${where}: the file cannot be used as the ${kind} (see above); nothing was analysed.`;
  return kind === undefined
    ? `${where}: Die Datei konnte nicht vollständig gelesen werden (siehe oben); es wurde nichts ausgewertet.`
    : `${where}: Die Datei kann nicht als ${kind} verwendet werden (siehe oben); es wurde nichts ausgewertet.`;
}
