import type { Problem } from '../model/problems';
import type { Membership } from '../model/types';
import type { ColumnPlan } from './columns';
import { readPartnerRows } from './partner-rows';
import type { PartnerRegistry } from './registry';
import type { Table } from './types';

/** Reads a memberships table (Partner; Arbeitskreis / Gremium): who sits in which working group. */
export function readMembershipTable(
  table: Table,
  plan: ColumnPlan<'memberships'>,
  registry: PartnerRegistry,
  problems: Problem[],
): Membership[] {
  return readPartnerRows(table, plan, 'committee', registry, problems, (partner, committee) => ({
    partner,
    committee,
  }));
}
