import type { Problem } from '../model/problems';
import type { Offer } from '../model/types';
import type { ColumnPlan } from './columns';
import { readPartnerRows } from './partner-rows';
import type { PartnerRegistry } from './registry';
import type { Table } from './types';

/** Reads an offers table (Partner; Angebot; Sozialraum; Zielgruppe): who runs what, where, for whom. */
export function readOfferTable(
  table: Table,
  plan: ColumnPlan<'offers'>,
  registry: PartnerRegistry,
  problems: Problem[],
): Offer[] {
  return readPartnerRows(table, plan, 'offer', registry, problems, (partner, offer, cell) => ({
    partner,
    offer,
    socialArea: cell('socialArea'),
    targetGroup: cell('targetGroup'),
  }));
}
