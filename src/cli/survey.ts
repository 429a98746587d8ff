import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import surveyDe from '../app/i18n/survey.de.json';
import surveyEn from '../app/i18n/survey.en.json';
import { networkToCsv } from '../core/export/csv';
import type { Network } from '../core/model/types';
import {
  createRound,
  defaultInstrument,
  mergeSurvey,
  readReturnedWorkbook,
  recogniseReturn,
  roundOfReturns,
  scoreSurvey,
  surveyForms,
  surveyProblem,
  surveyReport,
  type MergeOptions,
  type ReturnedWorkbook,
  type RoundSetupProblem,
  type SurveyMerge,
  type SurveyProblem,
  type SurveyReport,
  type SurveyResponse,
  type SurveyRound,
  type SurveyScores,
} from '../core/survey';
import { loadCatalogue } from './catalogue';
import { GENERATED_FILES } from './generate';
import { allProblems, importFromOptions, UnreadableInput } from './inputs';
import { UsageError, type CliIo } from './io';
import {
  describeCatalogueProblem,
  describeProblem,
  describeUnusable,
  type CliLanguage,
} from './messages';
import { unusableFiles } from './unusable';

/** What `survey forms` and `survey merge` take from the command line. */
export interface SurveyOptions {
  partners: string | undefined;
  forms: string | undefined;
  out: string | undefined;
  round: string | undefined;
  rule: string | undefined;
  intensity: string | undefined;
  date: string | undefined;
  encoding: string | undefined;
  catalogue: string | undefined;
  language: CliLanguage;
}

export const SURVEY_FILE = 'befragung.json';

const TEXTS = { de: surveyDe, en: surveyEn } as const;

/** Workbooks a partner may send back; the other spreadsheets are named as the wrong format. */
const WORKBOOK = /\.(xlsx|xlsm)$/iu;
const OTHER_SPREADSHEET = /\.(xls|ods|fods|numbers|csv|xlsb)$/iu;

/** `survey forms` and `survey merge`; exit codes as `analyse`. */
export async function survey(
  action: string | undefined,
  options: SurveyOptions,
  io: CliIo,
): Promise<number> {
  if (action === 'forms') return forms(options, io);
  if (action === 'merge') return merge(options, io);
  throw new UsageError(
    action === undefined ? 'survey: forms or merge?' : `survey: unknown action "${action}"`,
  );
}

async function forms(options: SurveyOptions, io: CliIo): Promise<number> {
  if (options.partners === undefined)
    throw new UsageError('survey forms: --partners FILE is required');
  if (options.out === undefined) throw new UsageError('survey forms: --out DIR is required');
  const created = options.date ?? today();
  const network = await partnerList(options, io);
  if (network === null) return 1;
  const instrument = defaultInstrument();
  const name =
    options.round ?? `${options.language === 'de' ? 'Befragung' : 'Survey'} ${created.slice(0, 4)}`;
  const set = createRound(network, instrument, { name, created });
  if (set.round === null) {
    for (const p of set.problems)
      io.stderr(`${options.partners}: error ${p.code}: ${setupText(p, options.language)}`);
    return 1;
  }
  await mkdir(options.out, { recursive: true });
  const written = surveyForms(set.round, instrument, options.language);
  for (const form of written) await writeFile(join(options.out, form.file), form.bytes);
  io.stderr(
    options.language === 'de'
      ? `${written.length} Fragebögen „${set.round.name}“ (${set.round.id}) → ${options.out}`
      : `${written.length} forms “${set.round.name}” (${set.round.id}) → ${options.out}`,
  );
  return 0;
}

async function merge(options: SurveyOptions, io: CliIo): Promise<number> {
  if (options.partners === undefined)
    throw new UsageError('survey merge: --partners FILE is required');
  if (options.forms === undefined) throw new UsageError('survey merge: --forms DIR is required');
  if (options.out === undefined) throw new UsageError('survey merge: --out DIR is required');
  const mergeOptions = mergeChoice(options);
  const network = await partnerList(options, io);
  if (network === null) return 1;
  const problems: SurveyProblem[] = [];
  const merged = await mergeReturns(network, options.forms, basename(options.partners), {
    ...options,
    mergeOptions,
    problems,
    io,
  });
  if (merged === null) return 1;
  const { round, merge: result, scores } = merged;
  const csv = networkToCsv(result.network);
  await mkdir(options.out, { recursive: true });
  await writeFile(join(options.out, GENERATED_FILES.partners), csv.partners, 'utf8');
  await writeFile(join(options.out, GENERATED_FILES.cooperations), csv.cooperations, 'utf8');
  const json = surveyJson(round, result, scores, problems, options.language);
  await writeFile(join(options.out, SURVEY_FILE), `${JSON.stringify(json, null, 2)}\n`, 'utf8');
  report(problems, options.language, io);
  return 0;
}

/**
 * `report --survey DIR`: the returned forms merged against the report's partners as `survey merge`
 * merges them (the same rule, intensity and round options), said as the report's section; null,
 * with the problems on standard error, where no form could be used.
 */
export async function surveyForReport(
  network: Network,
  partnersFile: string,
  options: Pick<SurveyOptions, 'round' | 'rule' | 'intensity' | 'date' | 'language'> & {
    forms: string;
  },
  io: CliIo,
): Promise<SurveyReport | null> {
  const mergeOptions = mergeChoice(options);
  const problems: SurveyProblem[] = [];
  const merged = await mergeReturns(network, options.forms, partnersFile, {
    ...options,
    mergeOptions,
    problems,
    io,
  });
  if (merged === null) return null;
  report(problems, options.language, io);
  return surveyReport(merged.round, defaultInstrument(), merged.merge, merged.scores);
}

/**
 * The returned workbooks of `forms` recognised, merged and scored against the partner list; their
 * problems gathered in `problems`. Null, with the problems and why on standard error, where no
 * round or no usable form is there.
 */
async function mergeReturns(
  network: Network,
  forms: string,
  partnersFile: string,
  options: Pick<SurveyOptions, 'round' | 'date' | 'language'> & {
    mergeOptions: MergeOptions;
    problems: SurveyProblem[];
    io: CliIo;
  },
): Promise<{ round: SurveyRound; merge: SurveyMerge; scores: SurveyScores } | null> {
  const { problems, io } = options;
  const instrument = defaultInstrument();
  const workbooks = await returnedWorkbooks(forms, problems);
  const round =
    roundOfReturns(workbooks, options.round) ??
    createRound(network, instrument, {
      name: options.round ?? 'Befragung',
      created: options.date ?? today(),
    }).round;
  if (workbooks.length === 0 || round === null) {
    if (!problems.some((p) => p.severity === 'error'))
      problems.push(surveyProblem('survey-no-forms', forms, null, { folder: forms }));
    report(problems, options.language, io);
    return null;
  }
  problems.push(...compareLists(network, round, partnersFile));
  const responses: SurveyResponse[] = [];
  for (const workbook of workbooks) {
    const recognised = recogniseReturn(workbook, round, instrument);
    problems.push(...recognised.problems);
    if (recognised.response !== null) responses.push(recognised.response);
  }
  if (responses.length === 0) {
    report(problems, options.language, io);
    io.stderr(
      options.language === 'de'
        ? `${forms}: Kein Fragebogen konnte verwendet werden (siehe oben); es wurde nichts geschrieben.`
        : `${forms}: No form could be used (see above); nothing was written.`,
    );
    return null;
  }
  const merge = mergeSurvey(round, instrument, responses, options.mergeOptions, network.partners);
  problems.push(...merge.problems);
  return { round, merge, scores: scoreSurvey(round, instrument, merge) };
}

function mergeChoice(options: Pick<SurveyOptions, 'rule' | 'intensity'>): MergeOptions {
  const rule = options.rule ?? 'either';
  const intensity = options.intensity ?? 'mean';
  if (rule !== 'either' && rule !== 'both')
    throw new UsageError(`--rule: either or both, not "${rule}"`);
  if (intensity !== 'mean' && intensity !== 'max' && intensity !== 'min')
    throw new UsageError(`--intensity: mean, max or min, not "${intensity}"`);
  return { rule, intensity };
}

/**
 * The partner list as `analyse` reads it (sectors as the catalogue's); null, with its problems on
 * standard error, when it cannot be used: not read in full, no partner list, no partner.
 */
async function partnerList(options: SurveyOptions, io: CliIo): Promise<Network | null> {
  const { catalogue, problems: catalogueProblems } = await loadCatalogue(options.catalogue);
  for (const p of catalogueProblems)
    io.stderr(
      `${options.catalogue ?? 'catalogue'}: ${p.severity} ${p.code}: ${describeCatalogueProblem(p, options.language)}`,
    );
  if (catalogue === null) return null;
  const read = await importFromOptions(
    { partners: options.partners },
    options.encoding,
    catalogue.sectors,
  );
  if (read === null) return null;
  const unusable = unusableFiles(read.result, read.named);
  const problems = allProblems([read.result]);
  for (const p of problems)
    io.stderr(
      `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.severity} ${p.code}: ${describeProblem(p, options.language)}`,
    );
  for (const file of unusable) io.stderr(describeUnusable(file, options.language));
  if (unusable.length > 0 || read.result.fatal || read.result.network.partners.length === 0)
    return null;
  return read.result.network;
}

/** The returned workbooks of a folder, in the order of their names; other files as problems. */
async function returnedWorkbooks(
  folder: string,
  problems: SurveyProblem[],
): Promise<ReturnedWorkbook[]> {
  let entries: string[];
  try {
    entries = (await readdir(folder)).sort();
  } catch (error) {
    throw new UnreadableInput(
      `${folder}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const workbooks: ReturnedWorkbook[] = [];
  for (const entry of entries) {
    // Excel's lock files ("~$Name.xlsx") and hidden files are no returns.
    if (entry.startsWith('.') || entry.startsWith('~$')) continue;
    const path = join(folder, entry);
    const info = await stat(path);
    if (!info.isFile()) continue;
    if (OTHER_SPREADSHEET.test(entry)) {
      problems.push(surveyProblem('survey-wrong-format', entry, null));
      continue;
    }
    if (!WORKBOOK.test(extname(entry))) continue;
    const read = await readReturnedWorkbook({
      name: entry,
      bytes: new Uint8Array(await readFile(path)),
      lastModified: info.mtimeMs,
    });
    problems.push(...read.problems);
    if (read.workbook !== null) workbooks.push(read.workbook);
  }
  return workbooks;
}

/** The partner list against the round's partners: who is in only one of them. */
function compareLists(network: Network, round: SurveyRound, file: string): SurveyProblem[] {
  const listed = new Set(network.partners.map((p) => p.id));
  const inRound = new Set(round.partners.map((p) => p.id));
  return [
    ...network.partners
      .filter((p) => !inRound.has(p.id))
      .map((p) => surveyProblem('survey-partner-not-in-round', file, null, { partner: p.name })),
    ...round.partners
      .filter((p) => !listed.has(p.id))
      .map((p) => surveyProblem('survey-partner-not-in-list', file, null, { partner: p.name })),
  ];
}

function report(problems: readonly SurveyProblem[], language: CliLanguage, io: CliIo): void {
  for (const p of problems)
    io.stderr(
      `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.severity} ${p.code}: ${problemText(p, language)}`,
    );
}

/** Fills `{{name}}` placeholders as the app's i18n does. */
function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (_match, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : '',
  );
}

export function problemText(problem: SurveyProblem, language: CliLanguage): string {
  const texts: Record<string, string> = TEXTS[language].problems;
  return interpolate(texts[problem.code] ?? problem.code, problem.params);
}

function setupText(problem: RoundSetupProblem, language: CliLanguage): string {
  const texts: Record<string, string> = TEXTS[language].setup;
  const { code, ...params } = problem;
  return interpolate(texts[code] ?? code, params);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The contract of `befragung.json` (README, "Command line"). */
function surveyJson(
  round: SurveyRound,
  merged: SurveyMerge,
  scores: SurveyScores,
  problems: readonly SurveyProblem[],
  language: CliLanguage,
) {
  const share = (score: { share: number } | null) => score?.share ?? null;
  const byPartner = (dimension: 'trust' | 'value') =>
    Object.fromEntries(scores.partners.map((p) => [p.id, share(p[dimension])]));
  const bySector = (dimension: 'trust' | 'value') =>
    Object.fromEntries(scores.sectors.map((s) => [s.sector, share(s[dimension])]));
  const names = new Map(merged.network.partners.map((p) => [p.id, p]));
  const warnings = TEXTS[language].warnings;
  return {
    round: {
      id: round.id,
      name: round.name,
      created: round.created,
      partners: round.partners.length,
      asked: round.asked.length,
      items: round.items,
    },
    rule: merged.options.rule,
    intensity: merged.options.intensity,
    responseRate: merged.responseRate,
    responded: merged.responded,
    missing: merged.missing,
    responseBySector: merged.bySector,
    reciprocity: merged.reciprocity,
    mutual: merged.mutual,
    oneSided: merged.oneSided,
    disagreements: merged.disagreements,
    trust: {
      partners: byPartner('trust'),
      sectors: bySector('trust'),
      network: share(scores.network.trust),
    },
    value: {
      partners: byPartner('value'),
      sectors: bySector('value'),
      network: share(scores.network.value),
    },
    density: scores.network.density,
    degreeCentralisation: scores.network.degreeCentralisation,
    warnings: scores.warnings.map((w) => ({
      ...w,
      message: interpolate(warnings[w.code], {
        rate: w.responseRate === null ? 0 : Math.round(w.responseRate * 100),
        measure: warnings.measures[w.measure],
      }),
    })),
    partners: scores.partners.map((p) => ({
      id: p.id,
      name: names.get(p.id)?.name ?? p.id,
      sector: names.get(p.id)?.sector ?? '',
      responded: merged.responded.includes(p.id),
      trust: p.trust,
      value: p.value,
      namedBy: p.namedBy,
      degree: p.degree,
    })),
    ownAnswers: merged.own,
    missingPartners: merged.missingPartners,
    newOrganisations: merged.newOrganisations,
    problems: problems.map((p) => ({
      file: p.file,
      line: p.line,
      ...(p.sheet === undefined ? {} : { sheet: p.sheet }),
      severity: p.severity,
      code: p.code,
      message: problemText(p, language),
    })),
  };
}
