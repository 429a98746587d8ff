import { problem, type Problem } from '../model/problems';
import { emptyRecord } from '../model/types';
import type { ColumnPlan } from './columns';
import type { FieldOf, Table, TableKind, TableRow } from './types';
import type { Reading } from './values';

/**
 * Reads the rows of one table through its column plan. Made once per table, so that nothing is
 * worked out again for every row.
 */
export class RowReader<K extends TableKind> {
  private readonly expectedWidth: number;

  constructor(
    private readonly table: Table,
    private readonly plan: ColumnPlan<K>,
  ) {
    this.expectedWidth = filledWidth(table.header);
  }

  cell(row: TableRow, field: FieldOf<K>): string {
    const index = this.plan.fields.get(field);
    return index === undefined ? '' : (row.cells[index] ?? '');
  }

  /** The row's free columns by header (a null-prototype record: a header is user data). */
  attributes(row: TableRow): Record<string, string> {
    const attributes = emptyRecord<string>();
    for (const { index, header } of this.plan.attributes) {
      const value = row.cells[index] ?? '';
      if (value !== '') attributes[header] = value;
    }
    return attributes;
  }

  /** The header text of the column that feeds a field, for a problem's column. */
  header(field: FieldOf<K>): string | undefined {
    return headerOf(this.table, this.plan, field);
  }

  /**
   * A row with fewer cells than the header, or with filled cells beyond it, was probably shifted by
   * a stray delimiter; it is still read, and the user is told where. Trailing empty cells (Excel's
   * empty columns) do not count.
   */
  checkWidth(row: TableRow, problems: Problem[]): void {
    const expected = this.expectedWidth;
    if (row.cells.length === expected && row.cells[expected - 1] !== '') return;
    const found = row.cells.length < expected ? row.cells.length : filledWidth(row.cells);
    if (row.cells.length < expected || found > expected) {
      problems.push(
        problem('ragged-row', this.table.name, row.line, { expected, found }, 'warning'),
      );
    }
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
