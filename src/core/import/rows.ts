import { problem, type Problem } from '../model/problems';
import { emptyRecord } from '../model/types';
import type { ColumnPlan } from './columns';
import type { FieldOf, Table, TableKind, TableRow } from './types';
import type { Reading } from './values';

/** Reads one row of a table through its column plan. */
export interface RowReader<K extends TableKind> {
  cell(field: FieldOf<K>): string;
  attributes(): Record<string, string>;
}

export function rowReader<K extends TableKind>(plan: ColumnPlan<K>, row: TableRow): RowReader<K> {
  return {
    cell: (field) => {
      const index = plan.fields.get(field);
      return index === undefined ? '' : (row.cells[index] ?? '');
    },
    attributes: () => {
      const attributes = emptyRecord<string>();
      for (const { index, header } of plan.attributes) {
        const value = row.cells[index] ?? '';
        if (value !== '') attributes[header] = value;
      }
      return attributes;
    },
  };
}

/**
 * A row with fewer cells than the header, or with filled cells beyond it, was probably shifted by
 * a stray delimiter; it is still read, and the user is told where. Trailing empty cells (Excel's
 * empty columns) do not count.
 */
export function checkRowWidth(table: Table, row: TableRow, problems: Problem[]): void {
  const expected = filledWidth(table.header);
  const found = row.cells.length < expected ? row.cells.length : filledWidth(row.cells);
  if (row.cells.length < expected || found > expected) {
    problems.push(problem('ragged-row', table.name, row.line, { expected, found }, 'warning'));
  }
}

function filledWidth(cells: readonly string[]): number {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width--;
  return width;
}

/** The header text of the column that feeds a field, for the problem's column. */
export function headerOf<F>(
  table: Table,
  plan: { fields: Map<F, number> },
  field: F,
): string | undefined {
  const index = plan.fields.get(field);
  return index === undefined ? undefined : table.header[index];
}

/** Turns the warning of an interpreted cell into a problem. */
export function note<T>(
  reading: Reading<T>,
  table: Table,
  line: number,
  column: string | undefined,
  problems: Problem[],
): void {
  if (reading.warning !== undefined) {
    problems.push(
      problem(reading.warning.code, table.name, line, reading.warning.params, 'warning', column),
    );
  }
}
