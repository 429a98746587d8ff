import type { NetworkAnalysis, PartnerAnalysis } from '../../core/analysis/analyse-network';
import { PARTNER_MEASURES } from './partner-rows';

/** Every partner figure except the partner's own id. */
export type MapMeasureId = Exclude<keyof PartnerAnalysis, 'id'>;

export interface MapMeasure {
  id: MapMeasureId;
  labelKey: string;
}

/**
 * Measures without an order of size: the E-I index runs from −1 to +1 with 0 in the middle, and
 * community numbers are names, not amounts.
 */
const NOT_A_SIZE: ReadonlySet<MapMeasureId> = new Set(['ei', 'community']);

/** The partner measures the map can size its points by: those where more means more. */
export const MAP_MEASURES: readonly MapMeasure[] = PARTNER_MEASURES.filter(
  (id) => !NOT_A_SIZE.has(id),
).map((id) => ({ id, labelKey: `analysis.measures.${id}.label` }));

/** A partner figure as a number: null → 0, yes/no → 1/0, brokerage roles → their total. */
export function measureNumber(value: PartnerAnalysis[MapMeasureId]): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  return value.total;
}

/** The value of one measure for every partner, by partner id, ready to scale point sizes. */
export function measureValues(analysis: NetworkAnalysis, id: MapMeasureId): Map<string, number> {
  return new Map(analysis.partners.map((partner) => [partner.id, measureNumber(partner[id])]));
}
