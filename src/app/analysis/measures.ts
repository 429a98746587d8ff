import type { NetworkAnalysis, PartnerAnalysis } from '../../core/analysis/analyse-network';
import {
  findMeasure,
  MEASURES,
  type Measure,
  type NetworkFigure,
} from '../../core/analysis/registry';
import { partnerMeasures } from './partner-rows';

/** Every partner figure except the partner's own id. */
export type MapMeasureId = Exclude<keyof PartnerAnalysis, 'id'>;

export interface MapMeasure {
  id: MapMeasureId;
  labelKey: string;
}

/** Key of a measure's label, term or help in the analysis texts, under its explanation key. */
export function measureText(measure: Measure, part: 'label' | 'term' | 'help'): string {
  return `analysis.${measure.explanationKey}.${part}`;
}

/** The partner measures the map can size its points by: those where more means more. */
export function mapMeasures(measures: readonly Measure[] = MEASURES): MapMeasure[] {
  return partnerMeasures(measures)
    .filter((measure) => measure.sizesDot)
    .map((measure) => ({ id: measure.id, labelKey: measureText(measure, 'label') }));
}

export const MAP_MEASURES: readonly MapMeasure[] = mapMeasures();

/** A figure of the whole network as the registry describes it; a figure it lacks is a mistake. */
export function networkFigure(id: string, measures: readonly Measure[] = MEASURES): NetworkFigure {
  const measure = findMeasure(id, measures);
  if (measure?.scope !== 'network') throw new Error(`No network figure '${id}' is registered.`);
  return measure;
}

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
