import { zipSync } from 'fflate';
import { safeFileName } from './file-names';
import {
  columnLetters,
  writeFormWorkbook,
  zipTime,
  type FormCell,
  type FormSheet,
  type ListValidation,
  type TextValidation,
} from './form-xlsx';
import { identityRows, type FormIdentity } from './identity';
import {
  optionText,
  type Instrument,
  type PairItem,
  type PartnerItem,
  type Scale,
  type SurveyLanguage,
  type Words,
} from './instrument';
import type { SurveyRound } from './types';

/**
 * A round's form for one partner, as an .xlsx workbook. Sheets, in this order:
 * 1. the form (Fragebogen): a header row — "Partner", one column per question with its German
 *    label (in English forms followed by " / " and the English one), "Sektor" — and one row per
 *    other partner, by sector; only the yellow answer cells can be changed, each with a drop-down;
 * 2. the instructions (Anleitung), in plain words;
 * 3. the questions about the partner itself (Ihre Einrichtung), where the round asks any;
 * 4. the drop-downs' lists, hidden;
 * 5. the identity sheet (Kennung), very hidden (identity.ts).
 * The workbook's structure is locked, so the hidden sheets stay hidden and no sheet is renamed.
 */
export function surveyForm(
  round: SurveyRound,
  instrument: Instrument,
  respondent: string,
  language: SurveyLanguage = 'de',
): Uint8Array {
  const me = round.partners.find((p) => p.id === respondent);
  if (me === undefined)
    throw new Error(`netzwerkkarte: ${respondent} is not a partner of the round`);
  const words = (w: Words) => w[language];
  const header = (w: Words) => (language === 'de' ? w.de : `${w.de} / ${w.en}`);
  const texts = instrument.form;
  const enabled = new Set(round.items);
  const pairItems = instrument.pairItems.filter((item) => enabled.has(item.id));
  const ownItems = instrument.partnerItems.filter((item) => enabled.has(item.id));
  const lists = listSheet(instrument, [...pairItems, ...ownItems], language);

  const others = round.partners.filter((p) => p.id !== respondent);
  const lastRow = others.length + 1;
  const columns: Record<string, number> = Object.create(null) as Record<string, number>;
  pairItems.forEach((item, index) => (columns[item.id] = index + 2));
  const listError = { title: words(texts.listErrorTitle), text: words(texts.listErrorText) };
  const formSheet: FormSheet = {
    name: words(texts.formSheet),
    rows: [
      [
        { value: header(texts.partnerColumn), style: 'header' },
        ...pairItems.map((item): FormCell => ({ value: header(item.label), style: 'header' })),
        { value: header(texts.sectorColumn), style: 'header' },
      ],
      ...others.map((p) => [
        { value: p.name, style: 'bold' } as FormCell,
        ...pairItems.map((): FormCell => ({ value: null, style: 'answer' })),
        { value: p.sector === '' ? words(texts.noSector) : p.sector, style: 'muted' } as FormCell,
      ]),
    ],
    widths: [
      Math.min(50, Math.max(24, ...others.map((p) => p.name.length + 2))),
      ...pairItems.map((item) => (instrument.scales[item.scale]!.numbered ? 24 : 16)),
      28,
    ],
    heights: { 1: 48 },
    freeze: { rows: 1, columns: 1 },
    validations:
      others.length === 0
        ? []
        : pairItems.map((item): ListValidation => ({
            kind: 'list',
            range: `${columnLetters(columns[item.id]!)}2:${columnLetters(columns[item.id]!)}${lastRow}`,
            source: lists.names.get(item.scale)!,
            prompt: { title: words(item.label), text: words(item.question) },
            error: listError,
          })),
    protect: true,
    landscape: true,
  };

  const own = ownSheet(instrument, ownItems, me.name, language, lists.names);
  const identity: FormIdentity = {
    round,
    respondent,
    formSheet: formSheet.name,
    ownSheet: own?.name ?? '',
    columns,
    rows: others.map((partner, index) => ({ row: index + 2, partner })),
  };
  const sheets: FormSheet[] = [
    formSheet,
    instructionsSheet(round, instrument, [...pairItems, ...ownItems], me.name, language),
    ...(own === null ? [] : [own]),
    lists.sheet,
    {
      name: 'Kennung',
      state: 'veryHidden',
      rows: identityRows(identity).map((row) => row.map((value) => ({ value }))),
    },
  ];
  return writeFormWorkbook({
    sheets,
    definedNames: [...lists.names.values()].map((name, index) => ({
      name,
      range: `'${lists.sheet.name}'!$${columnLetters(index + 1)}$1:$${columnLetters(index + 1)}$${lists.lengths[index]}`,
    })),
    activeSheet: 0,
    written: new Date(`${round.created}T00:00:00Z`),
    title: `${words(texts.title)}: ${round.name} – ${me.name}`,
  });
}

/** A hidden sheet with one column per scale in use: the lists of the drop-downs, by defined name. */
function listSheet(
  instrument: Instrument,
  items: readonly (PairItem | PartnerItem)[],
  language: SurveyLanguage,
): { sheet: FormSheet; names: Map<string, string>; lengths: number[] } {
  const used = [...new Set(items.flatMap((item) => ('scale' in item ? [item.scale] : [])))];
  const names = new Map(used.map((scale, index) => [scale, `Auswahl_${index + 1}`]));
  const columns = used.map((scale) => {
    const s = instrument.scales[scale]!;
    return s.options.map((option) => optionText(s, option, language));
  });
  const length = Math.max(0, ...columns.map((c) => c.length));
  const rows = Array.from({ length }, (_x, row) =>
    columns.map((column): FormCell | null =>
      row < column.length ? { value: column[row]! } : null,
    ),
  );
  return {
    sheet: { name: language === 'de' ? 'Listen' : 'Lists', state: 'hidden', rows, protect: true },
    names,
    lengths: columns.map((c) => c.length),
  };
}

function instructionsSheet(
  round: SurveyRound,
  instrument: Instrument,
  items: readonly (PairItem | PartnerItem)[],
  respondentName: string,
  language: SurveyLanguage,
): FormSheet {
  const texts = instrument.form;
  const words = (w: Words) => w[language];
  const line = (value: string, style: FormCell['style'] = 'wrap'): FormCell[] => [{ value, style }];
  const rows: FormCell[][] = [
    line(`${words(texts.title)}: ${round.name}`, 'title'),
    line(`${words(texts.formFor)}: ${respondentName}`, 'bold'),
    [],
    line(words(texts.intro)),
    [],
    ...texts.steps[language].map((step) => line(step)),
  ];
  if (round.note !== '') rows.push([], line(words(texts.noteHeading), 'bold'), line(round.note));
  rows.push([], line(words(texts.questionsHeading), 'bold'));
  for (const item of items) {
    const scale = 'scale' in item ? instrument.scales[item.scale] : undefined;
    const answers =
      scale === undefined || ('kind' in item && item.kind === 'checklist')
        ? ''
        : ` ${words(texts.answersWord)}: ${scale.options.map((o) => optionText(scale, o, language)).join('; ')}.`;
    rows.push(line(`${words(item.label)}: ${words(item.question)}${answers}`));
  }
  rows.push([], line(words(texts.sourceHeading), 'bold'), line(words(instrument.source)));
  return { name: words(texts.instructionsSheet), rows, widths: [110], protect: true };
}

/** The questions about the partner itself: a question, then its answer cells in column B. */
function ownSheet(
  instrument: Instrument,
  items: readonly PartnerItem[],
  respondentName: string,
  language: SurveyLanguage,
  lists: ReadonlyMap<string, string>,
): FormSheet | null {
  if (items.length === 0) return null;
  const texts = instrument.form;
  const words = (w: Words) => w[language];
  const rows: FormCell[][] = [
    [{ value: words(texts.ownHeading), style: 'title' }],
    [
      { value: words(texts.formFor), style: 'bold' },
      { value: respondentName, style: 'bold' },
    ],
  ];
  const validations: FormSheet['validations'] = [];
  const listError = { title: words(texts.listErrorTitle), text: words(texts.listErrorText) };
  const answer = (label: string, item: PartnerItem, validation?: Scale) => {
    rows.push([
      { value: label, style: 'wrap' },
      { value: null, style: 'answer' },
    ]);
    const row = rows.length;
    if (validation !== undefined && 'scale' in item)
      validations.push({
        kind: 'list',
        range: `B${row}`,
        source: lists.get(item.scale)!,
        prompt: { title: words(item.label), text: words(item.question) },
        error: listError,
      } satisfies ListValidation);
    else
      validations.push({
        kind: 'text-length',
        range: `B${row}`,
        maxLength: 200,
        error: { title: words(texts.textErrorTitle), text: words(texts.textErrorText) },
      } satisfies TextValidation);
  };
  for (const item of items) {
    rows.push([]);
    rows.push([{ value: words(item.question), style: 'bold' }]);
    if (item.kind === 'checklist') {
      const scale = instrument.scales[item.scale]!;
      for (const option of item.options) answer(words(option.label), item, scale);
    } else if (item.kind === 'scale') {
      answer(words(item.label), item, instrument.scales[item.scale]!);
    } else {
      for (let n = 1; n <= item.rows; n++) answer(`${words(texts.lineWord)} ${n}`, item);
    }
  }
  return { name: words(texts.ownSheet), rows, widths: [60, 60], validations, protect: true };
}

/** One form per partner asked, named after it, in one ZIP archive: what the coordinator sends out. */
export function surveyFormsZip(
  round: SurveyRound,
  instrument: Instrument,
  language: SurveyLanguage = 'de',
): { zip: Uint8Array; files: { partner: string; file: string }[] } {
  const forms = surveyForms(round, instrument, language);
  const entries: Record<string, Uint8Array> = {};
  for (const form of forms) entries[form.file] = form.bytes;
  return {
    // The forms are compressed already: stored, not compressed again.
    zip: zipSync(entries, { level: 0, mtime: zipTime(new Date(`${round.created}T00:00:00Z`)) }),
    files: forms.map(({ partner, file }) => ({ partner, file })),
  };
}

/** Every asked partner's form with its safe file name (file-names.ts), in the round's order. */
export function surveyForms(
  round: SurveyRound,
  instrument: Instrument,
  language: SurveyLanguage = 'de',
): { partner: string; file: string; bytes: Uint8Array }[] {
  const taken = new Set<string>();
  const names = new Map(round.partners.map((p) => [p.id, p.name]));
  return round.asked.map((partner) => ({
    partner,
    file: safeFileName(names.get(partner) ?? partner, 'xlsx', taken),
    bytes: surveyForm(round, instrument, partner, language),
  }));
}
