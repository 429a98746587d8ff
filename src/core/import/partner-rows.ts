import { problem, type Problem } from '../model/problems';
import type { ColumnPlan } from './columns';
import { resolveReference } from './references';
import type { PartnerRegistry } from './registry';
import { checkRowWidth, headerOf, rowReader } from './rows';
import type { FieldOf, Table } from './types';

/**
 * The shared reading of the tables that say something about a partner (offers, memberships):
 * every row names a partner (by ID or name) and a required entry; a row missing either is a
 * problem and left out, the rest is built into a record by `build`.
 */
export function readPartnerRows<K extends 'offers' | 'memberships', T>(
  table: Table,
  plan: ColumnPlan<K>,
  required: FieldOf<K>,
  registry: PartnerRegistry,
  problems: Problem[],
  build: (partner: string, value: string, cell: (field: FieldOf<K>) => string) => T,
): T[] {
  // Both table kinds have a partner column; TypeScript cannot see that through the generic.
  const PARTNER = 'partner' as FieldOf<K>;
  const records: T[] = [];
  for (const row of table.rows) {
    checkRowWidth(table, row, problems);
    const read = rowReader(plan, row);
    const partner = resolveReference(
      read.cell(PARTNER),
      table,
      row.line,
      headerOf(table, plan, PARTNER),
      registry,
      problems,
    )?.id;
    const value = read.cell(required);
    if (value === '')
      problems.push(
        problem('empty-name', table.name, row.line, {}, 'error', headerOf(table, plan, required)),
      );
    if (partner === undefined || value === '') continue;
    records.push(build(partner, value, (field) => read.cell(field)));
  }
  return records;
}
