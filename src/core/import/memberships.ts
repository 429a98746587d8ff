import { problem, type Problem } from '../model/problems';
import type { Membership } from '../model/types';
import type { ColumnPlan } from './columns';
import { resolveReference } from './references';
import type { PartnerRegistry } from './registry';
import { checkRowWidth, headerOf, rowReader } from './rows';
import type { Table } from './types';

/** Reads a memberships table (Partner; Arbeitskreis / Gremium): who sits in which working group. */
export function readMembershipTable(
  table: Table,
  plan: ColumnPlan<'memberships'>,
  registry: PartnerRegistry,
  problems: Problem[],
): Membership[] {
  const memberships: Membership[] = [];
  for (const row of table.rows) {
    checkRowWidth(table, row, problems);
    const read = rowReader(plan, row);
    const partner = resolveReference(
      read.cell('partner'),
      table,
      row.line,
      headerOf(table, plan, 'partner'),
      registry,
      problems,
    )?.id;
    const committee = read.cell('committee');
    if (committee === '')
      problems.push(
        problem(
          'empty-name',
          table.name,
          row.line,
          {},
          'error',
          headerOf(table, plan, 'committee'),
        ),
      );
    if (partner === undefined || committee === '') continue;
    memberships.push({ partner, committee });
  }
  return memberships;
}
