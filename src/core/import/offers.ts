import { problem, type Problem } from '../model/problems';
import type { Offer } from '../model/types';
import type { ColumnPlan } from './columns';
import { resolveReference } from './references';
import type { PartnerRegistry } from './registry';
import { checkRowWidth, headerOf, rowReader } from './rows';
import type { Table } from './types';

/** Reads an offers table (Partner; Angebot; Sozialraum; Zielgruppe): who runs what, where, for whom. */
export function readOfferTable(
  table: Table,
  plan: ColumnPlan<'offers'>,
  registry: PartnerRegistry,
  problems: Problem[],
): Offer[] {
  const offers: Offer[] = [];
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
    const offer = read.cell('offer');
    if (offer === '')
      problems.push(
        problem('empty-name', table.name, row.line, {}, 'error', headerOf(table, plan, 'offer')),
      );
    if (partner === undefined || offer === '') continue;
    offers.push({
      partner,
      offer,
      socialArea: read.cell('socialArea'),
      targetGroup: read.cell('targetGroup'),
    });
  }
  return offers;
}
