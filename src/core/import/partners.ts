import { problem, type Problem } from '../model/problems';
import { createPartner } from '../model/types';
import type { ColumnPlan } from './columns';
import { cleanName } from './names';
import type { PartnerRegistry } from './registry';
import { checkRowWidth, headerOf, note, rowReader } from './rows';
import type { Table } from './types';
import { readList, readYear } from './values';

/**
 * Reads a partner list (Partnerliste; Gephi node table; Kumu elements) into the registry. The ID
 * column is the key when there is one; without it, or where a row leaves it empty, the name is.
 */
export function readPartnerTable(
  table: Table,
  plan: ColumnPlan<'partners'>,
  registry: PartnerRegistry,
  problems: Problem[],
): void {
  const hasIds = plan.fields.has('id');
  for (const row of table.rows) {
    checkRowWidth(table, row, problems);
    const read = rowReader(plan, row);
    const name = cleanName(read.cell('name'));
    if (name === '') {
      problems.push(
        problem(
          'empty-name',
          table.name,
          row.line,
          { id: read.cell('id') },
          'error',
          headerOf(table, plan, 'name'),
        ),
      );
      continue;
    }
    const since = readYear(read.cell('since'));
    note(since, table, row.line, headerOf(table, plan, 'since'), problems);
    const partner = createPartner({
      id: read.cell('id') || name,
      name,
      sector: read.cell('sector'),
      type: read.cell('type'),
      carrier: read.cell('carrier'),
      municipality: read.cell('municipality'),
      socialArea: read.cell('socialArea'),
      offers: readList(read.cell('offers')),
      since: since.value,
      attributes: read.attributes(),
    });
    registry.add(partner, !hasIds, table.name, row.line, problems);
  }
}
