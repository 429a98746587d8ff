import { problem, type Problem } from '../model/problems';
import type { ColumnPlan } from './columns';
import { resolveReference } from './references';
import type { PartnerRegistry } from './registry';
import { RowReader } from './rows';
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
  const read = new RowReader(table, plan);
  const partnerColumn = read.header(PARTNER);
  const requiredColumn = read.header(required);
  for (const row of table.rows) {
    read.checkWidth(row, problems);
    const partner = resolveReference(
      read.cell(row, PARTNER),
      table,
      row.line,
      partnerColumn,
      registry,
      problems,
    )?.id;
    const value = read.cell(row, required);
    if (value === '')
      problems.push(problem('empty-name', table.name, row.line, {}, 'error', requiredColumn));
    if (partner === undefined || value === '') continue;
    records.push(build(partner, value, (field) => read.cell(row, field)));
  }
  return records;
}
