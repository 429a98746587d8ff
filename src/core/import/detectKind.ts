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
  const rowNames = new Set(rows.map((row) => nameKey(row.cells[0] ?? '')));
  const matches = heads.filter((cell) => rowNames.has(nameKey(cell))).length;
  return matches >= 2 && matches * 2 >= heads.length;
}
