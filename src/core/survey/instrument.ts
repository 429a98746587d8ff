import * as v from 'valibot';
import instrumentData from '../../../data/survey/netzwerkbefragung.json';

/**
 * The survey instrument (Fragebogen) as data, like the reference catalogue: the default one is
 * data/survey/netzwerkbefragung.json. Its questions follow the PARTNER tool (Varda et al. 2016,
 * BMC Public Health, doi 10.1186/s12889-016-3194-7): trust and value each as three 1–4 items.
 * What an item means to the merge and the scores is its `role`; its words are data.
 */

export type SurveyLanguage = 'de' | 'en';

export interface Words {
  de: string;
  en: string;
}

export interface ScaleOption {
  /** The number stored and scored: 0–4 on the intensity scale, 1–4 for trust and value, … */
  code: number;
  label: Words;
}

export interface Scale {
  /** Whether a drop-down shows the code before the words ("2 – punktuelle, …"). */
  numbered: boolean;
  options: ScaleOption[];
}

/**
 * What a question about another partner is for: `contact` (how often) and `intensity` (how
 * closely, 0 = none) make the tie; `trust` and `value` items are PARTNER's dimensions.
 */
export type PairRole = 'contact' | 'intensity' | 'trust' | 'value';

export interface PairItem {
  id: string;
  role: PairRole;
  scale: string;
  /** The column header of the form. */
  label: Words;
  /** The question, shown as the cell's input prompt and in the instructions. */
  question: Words;
}

/** A question the partner answers about itself. */
export type PartnerItem =
  | {
      id: string;
      kind: 'checklist';
      /** A yes/no scale: code 1 ticks an option, 0 leaves it. */
      scale: string;
      label: Words;
      question: Words;
      options: { id: string; label: Words }[];
    }
  | { id: string; kind: 'text'; rows: number; label: Words; question: Words }
  | { id: string; kind: 'scale'; scale: string; label: Words; question: Words };

/** The words of the form itself: sheet names, headers, the instructions. */
export const FORM_TEXT_KEYS = [
  'formSheet',
  'instructionsSheet',
  'ownSheet',
  'partnerColumn',
  'sectorColumn',
  'noSector',
  'title',
  'formFor',
  'intro',
  'noteHeading',
  'questionsHeading',
  'answersWord',
  'sourceHeading',
  'listErrorTitle',
  'listErrorText',
  'textErrorTitle',
  'textErrorText',
  'ownHeading',
  'lineWord',
] as const;

export type FormTextKey = (typeof FORM_TEXT_KEYS)[number];

export type FormTexts = Record<FormTextKey, Words> & {
  /** The numbered steps of the instructions. */
  steps: { de: string[]; en: string[] };
};

export interface Instrument {
  id: string;
  version: string;
  source: Words;
  scales: Record<string, Scale>;
  pairItems: PairItem[];
  partnerItems: PartnerItem[];
  form: FormTexts;
}

/** What can be wrong with an instrument file: a code and where, worded at the edge. */
export interface InstrumentProblem {
  code:
    | 'invalid-json'
    | 'invalid-field'
    | 'duplicate-id'
    | 'unknown-scale'
    | 'duplicate-option'
    | 'no-tie-item'
    | 'intensity-scale'
    | 'contact-scale'
    | 'yes-no-scale';
  /** The place in the file, e.g. "pairItems.2.scale". */
  path: string;
}

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const words = v.object({ de: text, en: text });
const id = v.pipe(text, v.regex(/^[A-Za-z][A-Za-z0-9-]*$/u), v.maxLength(40));
const question = { label: words, question: words };

const formTexts = v.object({
  ...(Object.fromEntries(FORM_TEXT_KEYS.map((key) => [key, words])) as Record<
    FormTextKey,
    typeof words
  >),
  steps: v.object({ de: v.array(text), en: v.array(text) }),
});

const schema = v.object({
  form: formTexts,
  id: text,
  version: text,
  source: words,
  scales: v.record(
    id,
    v.object({
      numbered: v.boolean(),
      options: v.pipe(
        v.array(
          v.object({
            code: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)),
            label: words,
          }),
        ),
        v.minLength(2),
        v.maxLength(10),
      ),
    }),
  ),
  pairItems: v.pipe(
    v.array(
      v.object({
        id,
        role: v.picklist(['contact', 'intensity', 'trust', 'value']),
        scale: id,
        ...question,
      }),
    ),
    v.maxLength(20),
  ),
  partnerItems: v.pipe(
    v.array(
      v.variant('kind', [
        v.object({
          id,
          kind: v.literal('checklist'),
          scale: id,
          ...question,
          options: v.pipe(v.array(v.object({ id, label: words })), v.minLength(1), v.maxLength(40)),
        }),
        v.object({
          id,
          kind: v.literal('text'),
          rows: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)),
          ...question,
        }),
        v.object({ id, kind: v.literal('scale'), scale: id, ...question }),
      ]),
    ),
    v.maxLength(20),
  ),
});

/** Reads an instrument from JSON text and checks what the merge relies on. */
export function parseInstrument(
  json: string,
): { instrument: Instrument; problems: [] } | { instrument: null; problems: InstrumentProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { instrument: null, problems: [{ code: 'invalid-json', path: '' }] };
  }
  const parsed = v.safeParse(schema, data);
  if (!parsed.success)
    return {
      instrument: null,
      problems: parsed.issues.map((issue) => ({
        code: 'invalid-field',
        path: (issue.path ?? []).map((item) => String(item.key)).join('.'),
      })),
    };
  const instrument = parsed.output as Instrument;
  const problems = checkInstrument(instrument);
  return problems.length > 0 ? { instrument: null, problems } : { instrument, problems: [] };
}

function checkInstrument(instrument: Instrument): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const ids = new Set<string>();
  const items = [...instrument.pairItems, ...instrument.partnerItems];
  items.forEach((item, index) => {
    const path =
      index < instrument.pairItems.length
        ? `pairItems.${index}`
        : `partnerItems.${index - instrument.pairItems.length}`;
    if (ids.has(item.id)) problems.push({ code: 'duplicate-id', path: `${path}.id` });
    ids.add(item.id);
    if ('scale' in item && !Object.hasOwn(instrument.scales, item.scale))
      problems.push({ code: 'unknown-scale', path: `${path}.scale` });
  });
  for (const [name, scale] of Object.entries(instrument.scales)) {
    // A cell is read back by its code or by its words in either language: each must name one option.
    const seen = new Map<string, number>();
    for (const option of scale.options) {
      for (const key of [
        String(option.code),
        optionKey(option.label.de),
        optionKey(option.label.en),
      ]) {
        const before = seen.get(key);
        if (before !== undefined && before !== option.code)
          problems.push({ code: 'duplicate-option', path: `scales.${name}` });
        seen.set(key, option.code);
      }
    }
  }
  const codes = (scale: string) =>
    (instrument.scales[scale]?.options ?? [])
      .map((o) => o.code)
      .sort((a, b) => a - b)
      .join(',');
  const intensity = instrument.pairItems.filter((item) => item.role === 'intensity');
  const contact = instrument.pairItems.filter((item) => item.role === 'contact');
  if (intensity.length + contact.length === 0 || intensity.length > 1 || contact.length > 1)
    problems.push({ code: 'no-tie-item', path: 'pairItems' });
  for (const item of intensity)
    if (codes(item.scale) !== '0,1,2,3,4')
      problems.push({ code: 'intensity-scale', path: `scales.${item.scale}` });
  for (const item of contact)
    if (!codes(item.scale).startsWith('0,'))
      problems.push({ code: 'contact-scale', path: `scales.${item.scale}` });
  for (const item of instrument.partnerItems)
    if (item.kind === 'checklist' && codes(item.scale) !== '0,1')
      problems.push({ code: 'yes-no-scale', path: `scales.${item.scale}` });
  return problems;
}

/** How option words are compared: case, spacing and the kind of dash do not matter. */
export function optionKey(words: string): string {
  return words
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The instrument that ships with the app (data/survey/netzwerkbefragung.json), read through the
 * same parser as a user's file; a fresh copy each time, so no caller changes another's.
 */
export function defaultInstrument(): Instrument {
  const read = parseInstrument(JSON.stringify(instrumentData));
  if (read.instrument === null)
    throw new Error(
      `netzwerkkarte: default survey instrument invalid (${read.problems[0]?.code ?? ''})`,
    );
  return read.instrument;
}

/** Every item id of the instrument, pair items first, in the order of the form. */
export function itemIds(instrument: Instrument): string[] {
  return [...instrument.pairItems, ...instrument.partnerItems].map((item) => item.id);
}

/** The words an option is shown with in a drop-down: "2 – punktuelle, …" on a numbered scale. */
export function optionText(scale: Scale, option: ScaleOption, language: SurveyLanguage): string {
  return scale.numbered ? `${option.code} – ${option.label[language]}` : option.label[language];
}
