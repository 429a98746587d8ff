/**
 * Netzwerkbefragung (issue #24): the partners describe the network themselves. Forms go out as
 * .xlsx workbooks, answers come back the same way (or are typed in), and the core recognises,
 * checks, merges and scores them — in a tab, a worker or the command line, with no server.
 *
 * The API for the view "Befragung" and the report:
 *
 * 1. Instrument — `defaultInstrument()` (data/survey/netzwerkbefragung.json, PARTNER's trust and
 *    value items after Varda et al. 2016; the same parser reads a user's file: `parseInstrument`).
 *    Its `pairItems` (about each other partner: contact, intensity 0–4, trust ×3, value ×3, each
 *    with `role`, `scale`, German/English `label` and `question`) and `partnerItems` (about the
 *    partner itself: a checklist, the missing partners as free text, satisfaction) are what the
 *    set-up lists to switch on and off; `instrument.scales[item.scale].options` are the choices
 *    of the entry mask (`code` and `label`), `optionText` their words as the forms show them.
 *
 * 2. Round — `createRound(network, instrument, { name, created, asked?, items?, note? })` returns
 *    `{ round }` or `{ problems: RoundSetupProblem[] }` (codes). A `SurveyRound` is plain data
 *    (keep it in the project): id, name, date, the partners the forms list (by sector), the IDs
 *    asked, the items asked.
 *
 * 3. Forms out — `surveyFormsZip(round, instrument, 'de')` gives the ZIP to download and which
 *    file is whose; `surveyForm(round, instrument, partnerId)` one partner's workbook.
 *
 * 4. Answers in — per dropped file `readReturnedWorkbook({ name, bytes, lastModified })` (bounded;
 *    run it in the worker), then `recogniseReturn(workbook, round, instrument)`; or both at once,
 *    for many files, `readSurveyReturns(files, round, instrument)`. Typed-in answers (the entry
 *    mask fills a `SurveyEntry`: respondent, rows of `{ partner, values: { itemId: code } }`,
 *    own answers) go through `responseFromEntry(entry, round, instrument)`. Both give
 *    `{ response: SurveyResponse | null, problems: SurveyProblem[] }`; a null response was
 *    refused (its error says why). Nothing is applied by reading.
 *
 * 5. Merge — `mergeSurvey(round, instrument, responses, { rule: 'either' | 'both', intensity:
 *    'mean' | 'max' | 'min' }, network.partners)` keeps the later of two returns of a partner
 *    (said in its `problems`) and gives the response rate (overall, `bySector`), `responded`,
 *    `missing`, `reciprocity`, `disagreements` ({ a, b, aSays, bSays }, 0–4, 0 = none), every
 *    named `pairs`' merged intensity, the names given as missing (`newOrganisations`, with
 *    `existing` where the round has that partner), and the merged `network` — a `Network` of the
 *    app's model, ready to be kept as a Stand (project/keepStand) and compared with a former round.
 *
 * 6. Scores — `scoreSurvey(round, instrument, merge)`: trust and value per partner as the others
 *    rate it, per sector and for the network (`share` = PARTNER's score, mean ÷ maximum), each
 *    partner's `namedBy` (degree from the others' answers), density and degree centralisation of
 *    the merged network, and `warnings` where the response rate is below RELIABLE_RESPONSE_RATE.
 *
 * 7. Report — `surveyReport(round, instrument, merge, scores)`: the Netzwerkbericht's section
 *    "Netzwerkbefragung" as plain data (names, the disagreements' words, the first 20 of them,
 *    and `own`: what the partners said about themselves, `ownAnswerReport` — the view shows it too).
 *
 * Every problem is `{ file, line, sheet?, severity, code, params }`; the texts are in
 * src/app/i18n/survey.de.json / survey.en.json under "problems" (and "warnings", "setup").
 */
import { identityOf, recogniseReturn } from './recognise';
import { readReturnedWorkbook, type ReturnedFile, type ReturnedWorkbook } from './read-workbook';
import type { Instrument } from './instrument';
import type { SurveyProblem } from './problems';
import type { SurveyResponse, SurveyRound } from './types';

export * from './types';
export {
  defaultInstrument,
  parseInstrument,
  optionText,
  itemIds,
  type Instrument,
  type InstrumentProblem,
  type PairItem,
  type PartnerItem,
  type Scale,
  type ScaleOption,
  type SurveyLanguage,
} from './instrument';
export {
  createRound,
  roundId,
  ROUND_PARTNER_LIMIT,
  type RoundSetup,
  type RoundSetupProblem,
} from './round';
export { surveyForm, surveyForms, surveyFormsZip } from './form-workbook';
export { safeFileName } from './file-names';
export {
  readReturnedWorkbook,
  SURVEY_READ_LIMITS,
  type ReturnedFile,
  type ReturnedWorkbook,
} from './read-workbook';
export { recogniseReturn, identityOf } from './recognise';
export { responseFromEntry } from './entry';
export {
  mergeSurvey,
  mergedIntensity,
  type SurveyMerge,
  type SurveyPair,
  type Disagreement,
  type SectorResponse,
  type NamedOrganisation,
  type OwnAnswerSummary,
} from './merge';
export {
  scoreSurvey,
  RELIABLE_RESPONSE_RATE,
  type SurveyScores,
  type PartnerScores,
  type DimensionScore,
  type ReliabilityWarning,
  type UnreliableMeasure,
} from './scores';
export {
  surveyReport,
  ownAnswerReport,
  REPORT_DISAGREEMENTS,
  type ReportOwnAnswers,
  type SurveyReport,
  type ReportDisagreement,
  type SurveyWords,
} from './report-summary';
export {
  SURVEY_PROBLEM_CODES,
  SURVEY_SEVERITY,
  surveyProblem,
  refuses,
  type SurveyProblem,
  type SurveyProblemCode,
  type SurveySeverity,
} from './problems';

/** Reads and recognises many returned files against one round, in the order given. */
export async function readSurveyReturns(
  files: readonly ReturnedFile[],
  round: SurveyRound,
  instrument: Instrument,
): Promise<{ responses: SurveyResponse[]; problems: SurveyProblem[] }> {
  const responses: SurveyResponse[] = [];
  const problems: SurveyProblem[] = [];
  for (const file of files) {
    const read = await readReturnedWorkbook(file);
    problems.push(...read.problems);
    if (read.workbook === null) continue;
    const recognised = recogniseReturn(read.workbook, round, instrument);
    problems.push(...recognised.problems);
    if (recognised.response !== null) responses.push(recognised.response);
  }
  return { responses, problems };
}

/**
 * The round most of the returned workbooks belong to, rebuilt from their identity sheets (the
 * command line has no other record of it); with `name`, the round of that name. Of as many
 * forms each, the round set up later. Null when no workbook carries an intact identity.
 */
export function roundOfReturns(
  workbooks: readonly ReturnedWorkbook[],
  name?: string,
): SurveyRound | null {
  const rounds = new Map<string, { round: SurveyRound; count: number }>();
  for (const workbook of workbooks) {
    const reading = identityOf(workbook);
    if (!reading.found || !reading.ok) continue;
    const { round } = reading.identity;
    if (name !== undefined && round.name !== name) continue;
    const entry = rounds.get(round.id) ?? { round, count: 0 };
    entry.count++;
    rounds.set(round.id, entry);
  }
  let best: { round: SurveyRound; count: number } | null = null;
  for (const entry of rounds.values())
    if (
      best === null ||
      entry.count > best.count ||
      (entry.count === best.count && entry.round.created > best.round.created)
    )
      best = entry;
  return best?.round ?? null;
}
