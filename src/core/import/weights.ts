import { problem, type Problem } from '../model/problems';
import { headerKey } from './aliases';
import type { Table, TableRow } from './types';

/**
 * Headers that name a tie's weight rather than its intensity (as `headerKey` reduces them): Gephi's
 * "Weight", Kumu's "Strength", a German "Gewicht". A column called "Intensität" is on the 1–4
 * scale by its name, so a 7 in it is a slip, told row by row.
 */
const WEIGHT_HEADERS = new Set(['weight', 'gewicht', 'gewichtung', 'strength', 'staerke']);

const ZERO = 0x30;
/** A plain decimal, with a point (Gephi, Kumu) or a comma (German Excel). */
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The number a cell spells, NaN when it spells none. */
function numberIn(cell: string): number {
  return NUMBER.test(cell) ? Number(cell.replace(',', '.')) : NaN;
}

/**
 * How the intensity column of one cooperation table is read, decided for the whole table and not
 * per row. Gephi's "Weight" and Kumu's "Strength" are numbers of their own (0.5, 7.5, 12): cut to the
 * 1–4 scale, every weighted measure would differ from what Gephi and networkx compute on the same
 * file. So when a weight column's filled cells are all numbers not below 0, and any of them is
 * outside 1–4 or not whole, each tie of the table keeps its number as its weight (an empty cell is
 * 1, as in Gephi), and the table gets one warning instead of one per row. A column of whole numbers
 * 1–4, of words, with anything else in it, or named as an intensity is read on the 1–4 scale.
 */
export function ownWeights(
  table: Table,
  cellOf: (row: TableRow) => string,
  column: string | undefined,
  problems: Problem[],
): ((cell: string) => number) | undefined {
  if (column === undefined || !WEIGHT_HEADERS.has(headerKey(column))) return undefined;
  let lowest = Infinity;
  let highest = -Infinity;
  let offScale = false;
  for (const row of table.rows) {
    const cell = cellOf(row);
    if (cell === '') continue;
    // The common cells "1" to "4" are read without running the pattern.
    const digit = cell.length === 1 ? cell.charCodeAt(0) - ZERO : NaN;
    const number = digit >= 1 && digit <= 4 ? digit : numberIn(cell);
    if (!(number >= 0)) return undefined;
    if (number < 1 || number > 4 || !Number.isInteger(number)) offScale = true;
    if (number < lowest) lowest = number;
    if (number > highest) highest = number;
  }
  if (!offScale) return undefined;
  problems.push(
    problem('weights-kept', table.name, table.headerLine, { lowest, highest }, 'warning', column),
  );
  return (cell) => (cell === '' ? 1 : numberIn(cell));
}
