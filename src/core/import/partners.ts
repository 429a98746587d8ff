import { problem, type Problem } from '../model/problems';
import type { Partner } from '../model/types';
import type { ColumnPlan } from './columns';
import { cleanName } from './names';
import type { PartnerRegistry } from './registry';
import { note, RowReader } from './rows';
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
  const read = new RowReader(table, plan);
  const nameColumn = read.header('name');
  const sinceColumn = read.header('since');
  for (const row of table.rows) {
    read.checkWidth(row, problems);
    const name = cleanName(read.cell(row, 'name'));
    if (name === '') {
      problems.push(
        problem(
          'empty-name',
          table.name,
          row.line,
          { id: read.cell(row, 'id') },
          'error',
          nameColumn,
        ),
      );
      continue;
    }
    const since = readYear(read.cell(row, 'since'));
    note(since, table, row.line, sinceColumn, problems);
    // Every field given, in createPartner's order: the same partner, without its defaults and spread.
    const partner: Partner = {
      sector: read.cell(row, 'sector'),
      type: read.cell(row, 'type'),
      carrier: read.cell(row, 'carrier'),
      municipality: read.cell(row, 'municipality'),
      socialArea: read.cell(row, 'socialArea'),
      offers: readList(read.cell(row, 'offers')),
      since: since.value,
      attributes: read.attributes(row),
      id: read.cell(row, 'id') || name,
      name,
    };
    registry.add(partner, !hasIds, table.name, row.line, problems);
  }
}
