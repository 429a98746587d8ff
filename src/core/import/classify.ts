import { problem, type Problem } from '../model/problems';
import { planColumns } from './columns';
import { detectTableKind } from './detect-kind';
import { tableSetting } from './table-setting';
import {
  REQUIRED_FIELDS,
  type ColumnMapping,
  type ImportRequest,
  type Table,
  type TableKind,
} from './types';

export interface ClassifiedTable {
  table: Table;
  kind: TableKind;
  mapping: ColumnMapping | undefined;
}

/**
 * The kind of each table, forced by the request or recognised from its header. A table without
 * data rows, of no known kind, or forced to a kind whose required columns it lacks is reported
 * and left out.
 */
export function classifyTable(
  table: Table,
  request: ImportRequest,
  problems: Problem[],
): ClassifiedTable | undefined {
  if (table.rows.length === 0) {
    // Only a header (an unused template, a network without ties) is a warning; nothing at all an error.
    const headerOnly = table.header.length > 0;
    problems.push(
      problem(
        'empty-file',
        table.name,
        headerOnly ? table.headerLine : null,
        {},
        headerOnly ? 'warning' : 'error',
      ),
    );
    return undefined;
  }
  const mapping = tableSetting(request.mappings, table);
  const kind =
    tableSetting(request.kinds, table) ?? detectTableKind(table.header, table.rows, mapping);
  if (kind === null) {
    problems.push(
      problem('unknown-table', table.name, table.headerLine, {
        columns: table.header.filter((h) => h !== '').join(', '),
      }),
    );
    return undefined;
  }
  const plan = planColumns(kind, table.header, mapping);
  const missing = REQUIRED_FIELDS[kind].find(
    (field) => !(plan.fields as Map<string, number>).has(field),
  );
  if (missing !== undefined) {
    problems.push(
      problem('missing-column', table.name, table.headerLine, { field: missing, kind }),
    );
    return undefined;
  }
  return { table, kind, mapping };
}
