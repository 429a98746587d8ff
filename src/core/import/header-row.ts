import { problem, type Problem } from '../model/problems';
import { detectTableKind } from './detect-kind';
import type { ColumnMapping, Table, TableRow } from './types';

/** How many records from the top may stand above the header (titles, dates, notes, blank rows). */
export const HEADER_SEARCH_RECORDS = 20;
/** Rows below a candidate that detection sees, so that a matrix is recognised by its names. */
const ROWS_SEEN = 40;

/**
 * The index of the header among a table's first records. Coordinators put a title ("Netzwerk Frühe
 * Hilfen – Stand 03/2024"), a date or a note above their headers. The header is the first record
 * from which the table's kind is recognised (its known column names, or a matrix's names); failing
 * that, the first record that fills at least two cells and half as many as the widest of the first
 * records (a title fills one). A line the user chose wins.
 */
export function findHeaderIndex(
  records: readonly TableRow[],
  mapping?: ColumnMapping,
  chosenLine?: number,
): number {
  if (chosenLine !== undefined) {
    const chosen = records.findIndex((record) => record.line === chosenLine);
    if (chosen !== -1) return chosen;
  }
  const searched = Math.min(records.length, HEADER_SEARCH_RECORDS);
  for (let index = 0; index < searched; index++) {
    const rows = records.slice(index + 1, index + 1 + ROWS_SEEN);
    if (detectTableKind(records[index]!.cells, rows, mapping) !== null) return index;
  }
  let widest = 0;
  for (let index = 0; index < searched; index++)
    widest = Math.max(widest, filledCells(records[index]!.cells));
  for (let index = 0; index < searched; index++) {
    const filled = filledCells(records[index]!.cells);
    if (filled >= 2 && filled * 2 >= widest) return index;
  }
  return 0;
}

function filledCells(cells: readonly string[]): number {
  let filled = 0;
  for (const cell of cells) if (cell !== '') filled++;
  return filled;
}

/** A header without Excel's trailing empty columns. */
export function trimHeader(cells: readonly string[]): string[] {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width--;
  return cells.length === width ? (cells as string[]) : cells.slice(0, width);
}

/**
 * The table with its header where it was found (or chosen). Records above the header are not read;
 * the user is told which line was taken and what stood above, so that she can choose another.
 */
export function placeHeader(
  table: Table,
  problems: Problem[],
  mapping?: ColumnMapping,
  chosenLine?: number,
): Table {
  if (table.header.length === 0) return table;
  const records: TableRow[] = [{ cells: table.header, line: table.headerLine }];
  for (let i = 0; i < Math.min(table.rows.length, HEADER_SEARCH_RECORDS + ROWS_SEEN); i++)
    records.push(table.rows[i]!);
  const index = findHeaderIndex(records, mapping, chosenLine);
  const head = records[index]!;
  const above = records
    .slice(0, index)
    .map((record) =>
      record.cells
        .filter((cell) => cell !== '')
        .join(' ')
        .trim(),
    )
    .find((text) => text !== '');
  if (index > 0) {
    problems.push(
      problem(
        'header-below-top',
        table.name,
        head.line,
        { skipped: index, text: (above ?? '').slice(0, 80) },
        'warning',
      ),
    );
  }
  return {
    ...table,
    header: trimHeader(head.cells),
    headerLine: head.line,
    ...(above === undefined ? {} : { title: above }),
    rows: index === 0 ? table.rows : table.rows.slice(index),
  };
}
