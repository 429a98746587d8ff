import { planColumns } from './columns';
import { nameKey } from './names';
import { REQUIRED_FIELDS, type ColumnMapping, type TableKind, type TableRow } from './types';

/** Kinds tried in order: the more specific headers first, so "Partner;Angebot" is an offers table. */
const KINDS_BY_HEADER: readonly Exclude<TableKind, 'matrix'>[] = [
  'cooperations',
  'memberships',
  'offers',
  'partners',
];

/** The kind of a table, from its header (and for a matrix its first column), or null if unknown. */
export function detectTableKind(
  header: readonly string[],
  rows: readonly TableRow[],
  mapping?: ColumnMapping,
): TableKind | null {
  if (mapping === undefined && looksLikeMatrix(header, rows)) return 'matrix';
  for (const kind of KINDS_BY_HEADER) {
    const plan = planColumns(kind, header, mapping);
    if (REQUIRED_FIELDS[kind].every((field) => plan.fields.has(field))) return kind;
  }
  return null;
}

/**
 * A Kooperationsmatrix has the partner names down the first column and across the first row.
 * It is taken for one when at least two and at least half of the column heads name a row.
 */
export function looksLikeMatrix(header: readonly string[], rows: readonly TableRow[]): boolean {
  const heads = header.slice(1).filter((cell) => cell !== '');
  if (heads.length < 2) return false;
  // Heads by their key, counted; a row naming one adds them all, once. Most tables are lists with
  // a handful of column heads, so this stops early or keeps no set of every row's name.
  const unmatched = new Map<string, number>();
  for (const head of heads) {
    const key = nameKey(head);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  let matches = 0;
  for (const row of rows) {
    const key = nameKey(row.cells[0] ?? '');
    const count = unmatched.get(key);
    if (count === undefined) continue;
    unmatched.delete(key);
    matches += count;
    if (matches >= 2 && matches * 2 >= heads.length) return true;
    if (unmatched.size === 0) return false;
  }
  return false;
}
