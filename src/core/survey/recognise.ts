import { looseNameKey, nameKey } from '../import/names';
import { optionCode, optionList } from './answer-values';
import { columnLetters } from './form-xlsx';
import { safeFileName } from './file-names';
import { readIdentity, type FormIdentity, type IdentityReading } from './identity';
import { optionKey, type Instrument, type PartnerItem, type Words } from './instrument';
import { surveyProblem, type SurveyProblem } from './problems';
import type { ReturnedWorkbook } from './read-workbook';
import { emptyOwnAnswers, finishResponse } from './response-checks';
import type { PairAnswer, RoundPartner, SurveyResponse, SurveyRound } from './types';

type Rows = readonly (readonly string[])[];

/** The identity sheet of a returned workbook, wherever it is; `found` false when it has none. */
export function identityOf(workbook: ReturnedWorkbook): IdentityReading {
  for (const sheet of workbook.sheets) {
    const reading = readIdentity(sheet.rows);
    if (reading.found) return reading;
  }
  return { found: false };
}

/**
 * Recognises a returned form as one partner's answers to `round`, trusting nothing in it: the
 * identity sheet says whose form of which round it is (a form of another round is refused); where
 * that sheet was lost or changed, the partner is found by the name on the form or the file's name,
 * and the rows by the partners' names, as a warning. Each row is checked — values outside the
 * lists, names changed, rows moved, added, twice or missing, text outside the answer cells — and
 * what cannot be taken is left out and named, never guessed.
 */
export function recogniseReturn(
  workbook: ReturnedWorkbook,
  round: SurveyRound,
  instrument: Instrument,
): { response: SurveyResponse | null; problems: SurveyProblem[] } {
  const problems: SurveyProblem[] = [];
  const file = workbook.file;
  const refused = (problem: SurveyProblem) => ({
    response: null,
    problems: [...problems, problem],
  });
  const reading = identityOf(workbook);
  let identity: FormIdentity | null = null;
  if (reading.found && reading.ok) {
    if (reading.identity.round.id !== round.id)
      return refused(
        surveyProblem('survey-other-round', file, null, {
          formRound: reading.identity.round.name,
          formCreated: reading.identity.round.created,
          round: round.name,
          created: round.created,
        }),
      );
    identity = reading.identity;
  }
  const byId = new Map(round.partners.map((p) => [p.id, p]));
  const respondent =
    identity !== null
      ? byId.get(identity.respondent)
      : respondentByName(workbook, round, instrument);
  if (respondent === undefined)
    return refused(
      surveyProblem('survey-respondent-unknown', file, null, {
        respondent: identity?.respondent ?? '',
      }),
    );
  if (identity === null)
    problems.push(
      surveyProblem('survey-identity-lost', file, null, {
        reason: reading.found && !reading.ok ? reading.reason : 'missing',
        partner: respondent.name,
      }),
    );
  if (!round.asked.includes(respondent.id))
    problems.push(
      surveyProblem('survey-respondent-not-asked', file, null, { partner: respondent.name }),
    );

  const form = formSheet(workbook, round, instrument, identity);
  if (form === null) return refused(surveyProblem('survey-not-a-form', file, null));
  const pairs = readPairs(form, round, instrument, respondent, identity, file, problems);
  const own = readOwnAnswers(workbook, round, instrument, identity, file, problems);
  const response = finishResponse(
    {
      respondent: respondent.id,
      source: file,
      kind: 'form',
      saved: workbook.saved,
      pairs,
      own,
    },
    round,
    instrument,
    problems,
    form.name,
  );
  return { response, problems };
}

/** Whether a header cell is a label: in German, English, or both as the English form writes it. */
function isLabel(cell: string | undefined, label: Words): boolean {
  const key = optionKey(cell ?? '');
  return (
    key !== '' &&
    (key === optionKey(label.de) ||
      key === optionKey(label.en) ||
      key === optionKey(`${label.de} / ${label.en}`))
  );
}

function firstFilledRow(rows: Rows): number {
  return rows.findIndex((row) => row.some((cell) => cell !== ''));
}

/** The form sheet: the one the identity names, else the first whose header names a question. */
function formSheet(
  workbook: ReturnedWorkbook,
  round: SurveyRound,
  instrument: Instrument,
  identity: FormIdentity | null,
): { name: string; rows: Rows; header: number } | null {
  const items = instrument.pairItems.filter((item) => round.items.includes(item.id));
  const named = workbook.sheets.find((sheet) => sheet.name === identity?.formSheet);
  for (const sheet of named === undefined ? workbook.sheets : [named, ...workbook.sheets]) {
    const header = firstFilledRow(sheet.rows);
    if (header === -1) continue;
    if (sheet.rows[header]!.some((cell) => items.some((item) => isLabel(cell, item.label))))
      return { name: sheet.name, rows: sheet.rows, header };
  }
  return null;
}

/** A partner named in the round, by its name as written: exactly, else by a looser key, if unique. */
function partnerNamed(name: string, candidates: readonly RoundPartner[]): RoundPartner | undefined {
  if (name === '') return undefined;
  for (const key of [nameKey, looseNameKey]) {
    const found = candidates.filter((p) => key(p.name) === key(name));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/**
 * Whose form it is when the identity sheet is lost: the name the form was written for ("Fragebogen
 * für: …" on the partner's own sheet or the instructions), else the file's name as the forms were
 * named (the partner's name, perhaps with " (2)" from a second download).
 */
function respondentByName(
  workbook: ReturnedWorkbook,
  round: SurveyRound,
  instrument: Instrument,
): RoundPartner | undefined {
  const formFor = instrument.form.formFor;
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows) {
      if (isLabel(row[0], formFor)) {
        const found = partnerNamed(row[1] ?? '', round.partners);
        if (found !== undefined) return found;
      }
      for (const prefix of [formFor.de, formFor.en]) {
        const cell = row[0] ?? '';
        if (cell.startsWith(`${prefix}:`)) {
          const found = partnerNamed(cell.slice(prefix.length + 1).trim(), round.partners);
          if (found !== undefined) return found;
        }
      }
    }
  }
  const taken = new Set<string>();
  const base = workbook.file
    .replace(/^.*[\\/]/u, '')
    .replace(/\.[^.]+$/u, '')
    .replace(/ \(\d+\)$/u, '')
    .toLowerCase();
  const byFile = round.partners.filter(
    (p) => safeFileName(p.name, 'xlsx', taken).slice(0, -5).toLowerCase() === base,
  );
  return byFile.length === 1 ? byFile[0] : undefined;
}

function readPairs(
  form: { name: string; rows: Rows; header: number },
  round: SurveyRound,
  instrument: Instrument,
  respondent: RoundPartner,
  identity: FormIdentity | null,
  file: string,
  problems: SurveyProblem[],
): PairAnswer[] {
  const found = (code: Parameters<typeof surveyProblem>[0], line: number | null, params = {}) =>
    problems.push(surveyProblem(code, file, line, params, form.name));
  const header = form.rows[form.header]!;
  const texts = instrument.form;
  const nameColumn = Math.max(
    0,
    header.findIndex((cell) => isLabel(cell, texts.partnerColumn)),
  );
  const sectorColumn = header.findIndex((cell) => isLabel(cell, texts.sectorColumn));
  const columns: { id: string; column: number; scale: string; label: string }[] = [];
  for (const item of instrument.pairItems) {
    if (!round.items.includes(item.id)) continue;
    const column = header.findIndex((cell) => isLabel(cell, item.label));
    if (column === -1) found('survey-question-missing', form.header + 1, { item: item.label.de });
    else columns.push({ id: item.id, column, scale: item.scale, label: item.label.de });
  }
  const known = new Set([nameColumn, sectorColumn, ...columns.map((c) => c.column)]);
  const expected = new Map((identity?.rows ?? []).map(({ row, partner }) => [row, partner]));
  const candidates =
    identity?.rows.map((r) => r.partner) ?? round.partners.filter((p) => p.id !== respondent.id);
  const seen = new Set<string>();
  const pairs: PairAnswer[] = [];
  for (let index = form.header + 1; index < form.rows.length; index++) {
    const cells = form.rows[index]!;
    const line = index + 1;
    const name = cells[nameColumn] ?? '';
    const answered = columns.some((c) => (cells[c.column] ?? '') !== '');
    const outside = cells.flatMap((cell, column) =>
      cell !== '' && !known.has(column)
        ? [{ cell: `${columnLetters(column + 1)}${line}`, text: cell }]
        : [],
    );
    if (name === '' && !answered && outside.length === 0) continue;
    const partner = rowPartner(name, expected.get(line), candidates, answered, identity !== null);
    const twice = partner.partner !== undefined && seen.has(partner.partner.id);
    if (partner.problem !== undefined && !twice)
      found(partner.problem.code, line, partner.problem.params);
    if (outside.length > 0)
      found('survey-cell-outside-answers', line, {
        cells: outside.map((o) => o.cell).join(', '),
        value: outside[0]!.text.slice(0, 60),
      });
    const who = partner.partner;
    if (who === undefined) {
      if (name === respondent.name || nameKey(name) === nameKey(respondent.name)) {
        if (answered) found('survey-self-row', line, { partner: respondent.name });
      } else if (name !== '' || answered) found('survey-row-unknown', line, { name });
      continue;
    }
    if (seen.has(who.id)) {
      found('survey-row-twice', line, { partner: who.name });
      continue;
    }
    seen.add(who.id);
    const values: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const { id, column, scale, label } of columns) {
      const text = cells[column] ?? '';
      const code = optionCode(instrument.scales[scale]!, text);
      if (code === 'blank') continue;
      if (code === null)
        found('survey-value-not-in-list', line, {
          item: label,
          value: text.slice(0, 60),
          allowed: optionList(instrument.scales[scale]!),
        });
      else values[id] = code;
    }
    pairs.push({ partner: who.id, values, line });
  }
  const lost = candidates.filter((p) => !seen.has(p.id));
  if (lost.length > 0)
    found('survey-row-missing', null, {
      count: lost.length,
      names: lost
        .slice(0, 5)
        .map((p) => p.name)
        .join(', '),
    });
  return pairs;
}

type RowProblem = { code: Parameters<typeof surveyProblem>[0]; params: Record<string, string> };

/**
 * The partner a row is about. With an identity, the row's place says it: the name there must be
 * the one written (or near it, said as a warning); a row found elsewhere by its name was moved.
 * Without one, the name alone says it.
 */
function rowPartner(
  name: string,
  expected: RoundPartner | undefined,
  candidates: readonly RoundPartner[],
  answered: boolean,
  placed: boolean,
): { partner?: RoundPartner; problem?: RowProblem } {
  const changed = (partner: RoundPartner): RowProblem => ({
    code: 'survey-name-changed',
    params: { expected: partner.name, found: name },
  });
  if (expected !== undefined && nameKey(name) === nameKey(expected.name))
    return { partner: expected };
  if (name === '')
    return expected !== undefined && answered
      ? { partner: expected, problem: changed(expected) }
      : {};
  const named = partnerNamed(name, candidates);
  if (named === undefined)
    return expected !== undefined && overlaps(name, expected.name)
      ? { partner: expected, problem: changed(expected) }
      : {};
  if (placed && named !== expected)
    return {
      partner: named,
      problem: { code: 'survey-row-moved', params: { partner: named.name } },
    };
  return nameKey(named.name) === nameKey(name)
    ? { partner: named }
    : { partner: named, problem: changed(named) };
}

/**
 * Whether a name changed in its row still holds the one written there, or the other way round
 * ("Jugendamt – ASD (Frau Klein)", "Jugendamt" for "Jugendamt – ASD"): a note added or a name
 * shortened, not another partner. Four letters at least, so a stray "a" holds nothing.
 */
function overlaps(name: string, written: string): boolean {
  const [a, b] = [looseNameKey(name), looseNameKey(written)];
  const shorter = a.length < b.length ? a : b;
  return shorter.length >= 4 && (a.includes(b) || b.includes(a));
}

/**
 * The answers about the partner itself, read by their words: a question's row starts its item,
 * then an option's words (checklist), the item's label (scale) or "Zeile n" (free text) in
 * column A have the answer in column B.
 */
function readOwnAnswers(
  workbook: ReturnedWorkbook,
  round: SurveyRound,
  instrument: Instrument,
  identity: FormIdentity | null,
  file: string,
  problems: SurveyProblem[],
): SurveyResponse['own'] {
  const own = emptyOwnAnswers();
  const items = instrument.partnerItems.filter((item) => round.items.includes(item.id));
  if (items.length === 0) return own;
  const texts = instrument.form;
  const sheet =
    workbook.sheets.find((s) => identity !== null && s.name === identity.ownSheet) ??
    workbook.sheets.find((s) => isLabel(s.name, texts.ownSheet));
  if (sheet === undefined) {
    for (const item of items)
      problems.push(surveyProblem('survey-question-missing', file, null, { item: item.label.de }));
    return own;
  }
  const found = (code: Parameters<typeof surveyProblem>[0], line: number, params = {}) =>
    problems.push(surveyProblem(code, file, line, params, sheet.name));
  const seen = new Set<string>();
  let current: PartnerItem | undefined;
  sheet.rows.forEach((cells, index) => {
    const line = index + 1;
    const [label = '', answer = ''] = cells;
    const outside = cells.flatMap((cell, column) =>
      column >= 2 && cell !== '' ? [`${columnLetters(column + 1)}${line}`] : [],
    );
    if (outside.length > 0)
      found('survey-cell-outside-answers', line, {
        cells: outside.join(', '),
        value: cells
          .slice(2)
          .find((cell) => cell !== '')!
          .slice(0, 60),
      });
    const question = items.find((item) => isLabel(label, item.question));
    if (question !== undefined) {
      current = question;
      seen.add(question.id);
      return;
    }
    if (current === undefined || answer === '') return;
    const scaleCode = (scaleId: string, item: PartnerItem) => {
      const scale = instrument.scales[scaleId]!;
      const code = optionCode(scale, answer);
      if (code === null || code === 'blank') {
        if (code === null)
          found('survey-value-not-in-list', line, {
            item: item.label.de,
            value: answer.slice(0, 60),
            allowed: optionList(scale),
          });
        return null;
      }
      return code;
    };
    if (current.kind === 'checklist') {
      const option = current.options.find((o) => isLabel(label, o.label));
      if (option === undefined)
        return void found('survey-cell-outside-answers', line, {
          cells: `B${line}`,
          value: answer.slice(0, 60),
        });
      const code = scaleCode(current.scale, current);
      if (code === null) return;
      const answers = (own.checklists[current.id] ??= { yes: [], no: [] });
      (code === 1 ? answers.yes : answers.no).push(option.id);
    } else if (current.kind === 'scale') {
      if (!isLabel(label, current.label))
        return void found('survey-cell-outside-answers', line, {
          cells: `B${line}`,
          value: answer.slice(0, 60),
        });
      const code = scaleCode(current.scale, current);
      if (code !== null) own.scales[current.id] = code;
    } else if (/^(zeile|line) \d+$/iu.test(label)) {
      (own.texts[current.id] ??= []).push(answer.slice(0, 500));
    } else
      found('survey-cell-outside-answers', line, { cells: `B${line}`, value: answer.slice(0, 60) });
  });
  for (const item of items)
    if (!seen.has(item.id))
      problems.push(
        surveyProblem('survey-question-missing', file, null, { item: item.label.de }, sheet.name),
      );
  return own;
}
