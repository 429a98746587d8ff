import { checksum } from './checksum';
import type { RoundPartner, SurveyRound } from './types';

/**
 * The hidden sheet of a form (Kennung): which round it belongs to, whose form it is, which row
 * stands for which partner, which column for which question, and a checksum over all of it. From it a
 * returned form is recognised without trusting its visible names, and the whole round can be
 * rebuilt from any one form (the command line's `survey merge` has nothing else).
 */

/** The first cell of the sheet; its neighbour is the layout's version. */
export const IDENTITY_MARK = 'netzwerkkarte-befragung';
export const IDENTITY_VERSION = 1;

export interface FormIdentity {
  round: SurveyRound;
  respondent: string;
  formSheet: string;
  ownSheet: string;
  /** Pair item → its 1-based column on the form sheet. */
  columns: Record<string, number>;
  /** The form's rows: 1-based row number → the partner it was written for. */
  rows: { row: number; partner: RoundPartner }[];
}

type IdentityCell = string | number;

/** The sheet's rows as written: tag, then values; the checksum covers every row before it. */
export function identityRows(identity: FormIdentity): IdentityCell[][] {
  const { round } = identity;
  const rowOf = new Map(identity.rows.map(({ row, partner }) => [partner.id, row]));
  const asked = new Set(round.asked);
  const rows: IdentityCell[][] = [
    [IDENTITY_MARK, IDENTITY_VERSION],
    ['round', round.id],
    ['roundName', round.name],
    ['created', round.created],
    ['instrument', round.instrument.id, round.instrument.version],
    ['note', round.note],
    ['respondent', identity.respondent],
    ['items', ...round.items],
    ['sheets', identity.formSheet, identity.ownSheet],
    ...Object.entries(identity.columns).map(([item, column]) => ['column', item, column]),
    ...round.partners.map((p) => [
      'partner',
      rowOf.get(p.id) ?? '',
      p.id,
      p.name,
      p.sector,
      asked.has(p.id) ? 1 : 0,
    ]),
  ];
  rows.push(['checksum', checksum(rows.flatMap((row) => rowTexts(row.map(String))))]);
  return rows;
}

/**
 * A row's cells as every reader gives them back — numbers as digits, text without spaces at its
 * ends, no empty cells after the last — and the end of the row.
 */
function rowTexts(row: readonly string[]): string[] {
  return [...trimEnd(row.map((cell) => cell.trim())), '\u001e'];
}

export type IdentityReading =
  | { found: false }
  | { found: true; ok: true; identity: FormIdentity }
  | { found: true; ok: false; reason: 'checksum' | 'version' | 'layout' };

/**
 * Reads the identity from a sheet's rows (cells as text). `found` is false on a sheet that is no
 * identity sheet; `ok` false when it is one but was changed, garbled or is of a later layout.
 */
export function readIdentity(rows: readonly (readonly string[])[]): IdentityReading {
  const first = rows.findIndex((row) => row.some((cell) => cell !== ''));
  if (first === -1 || rows[first]![0] !== IDENTITY_MARK) return { found: false };
  if (rows[first]![1] !== String(IDENTITY_VERSION))
    return { found: true, ok: false, reason: 'version' };
  const texts: string[] = [];
  let sum: string | null = null;
  const tagged = new Map<string, (readonly string[])[]>();
  for (const row of rows.slice(first)) {
    const cells = trimEnd(row.map((cell) => cell.trim()));
    if (cells.length === 0) continue;
    if (cells[0] === 'checksum') {
      sum = cells[1] ?? '';
      break;
    }
    texts.push(...rowTexts(cells));
    const list = tagged.get(cells[0]!) ?? [];
    list.push(cells);
    tagged.set(cells[0]!, list);
  }
  if (sum === null || sum !== checksum(texts))
    return { found: true, ok: false, reason: 'checksum' };
  const identity = fromTagged(tagged);
  return identity === null
    ? { found: true, ok: false, reason: 'layout' }
    : { found: true, ok: true, identity };
}

function trimEnd(row: readonly string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return row.slice(0, end);
}

function fromTagged(tagged: ReadonlyMap<string, (readonly string[])[]>): FormIdentity | null {
  const one = (tag: string) => tagged.get(tag)?.[0];
  const value = (tag: string, index = 1) => one(tag)?.[index] ?? '';
  const round = value('round');
  const respondent = value('respondent');
  if (round === '' || respondent === '') return null;
  const columns: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const row of tagged.get('column') ?? []) {
    const column = wholeNumber(row[2]);
    if (column === null) return null;
    columns[row[1] ?? ''] = column;
  }
  const partners: RoundPartner[] = [];
  const asked: string[] = [];
  const rows: FormIdentity['rows'] = [];
  for (const row of tagged.get('partner') ?? []) {
    const partner = { id: row[2] ?? '', name: row[3] ?? '', sector: row[4] ?? '' };
    if (partner.id === '') return null;
    partners.push(partner);
    if (row[5] === '1') asked.push(partner.id);
    const number = wholeNumber(row[1]);
    if (number !== null) rows.push({ row: number, partner });
  }
  const sheets = one('sheets');
  return {
    round: {
      id: round,
      name: value('roundName'),
      created: value('created'),
      instrument: { id: value('instrument'), version: value('instrument', 2) },
      partners,
      asked,
      items: (one('items') ?? []).slice(1),
      note: value('note'),
    },
    respondent,
    formSheet: sheets?.[1] ?? '',
    ownSheet: sheets?.[2] ?? '',
    columns,
    rows,
  };
}

function wholeNumber(text: string | undefined): number | null {
  return text !== undefined && /^\d{1,7}$/u.test(text) ? Number(text) : null;
}
