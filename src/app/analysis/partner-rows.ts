import type { NetworkAnalysis, PartnerAnalysis } from '../../core/analysis/analyse-network';
import {
  MEASURES,
  type Measure,
  type PartnerMeasure,
  type PartnerMeasureId,
} from '../../core/analysis/registry';
import type { Network, Partner } from '../../core/model/types';
import { germanOrder } from '../text/german-order';

/** The registry's partner measures, in its order: the columns of the partner table. */
export function partnerMeasures(measures: readonly Measure[] = MEASURES): PartnerMeasure[] {
  return measures.filter((measure): measure is PartnerMeasure => measure.scope === 'partner');
}

/** The partner measures of the table, in the order of its columns. */
export const PARTNER_MEASURES: readonly PartnerMeasureId[] = partnerMeasures().map(
  (measure) => measure.id,
);

export type SortKey = 'name' | 'sector' | PartnerMeasureId;

/** Decimals shown per measure, as the registry gives them. */
export function measureDigits(
  measures: readonly Measure[] = MEASURES,
): Readonly<Record<PartnerMeasureId, number>> {
  const digits = partnerMeasures(measures).map((measure) => [measure.id, measure.digits]);
  return Object.fromEntries(digits) as Record<PartnerMeasureId, number>;
}

export const MEASURE_DIGITS = measureDigits();

export interface PartnerRow {
  id: string;
  name: string;
  sector: string;
  figures: PartnerAnalysis;
}

/** A cell's value: a number, a yes/no, or null where the measure is undefined for the partner. */
export type MeasureValue = number | boolean | null;

/** The value a measure column shows; communities are numbered from 1 for readers. */
export function measureValue(
  figures: Pick<PartnerAnalysis, PartnerMeasureId>,
  id: PartnerMeasureId,
): MeasureValue {
  if (id === 'brokerage') return figures.brokerage.total;
  if (id === 'community') return figures.community + 1;
  return figures[id];
}

/** Partners by id, so names and sectors can be looked up for analysis results. */
export function partnersById(network: Network): Map<string, Partner> {
  return new Map(network.partners.map((partner) => [partner.id, partner]));
}

/** One row per analysed partner, with the name and sector from the network (the id if unknown). */
export function partnerRows(network: Network, analysis: NetworkAnalysis): PartnerRow[] {
  const partners = partnersById(network);
  return analysis.partners.map((figures) => {
    const partner = partners.get(figures.id);
    return {
      id: figures.id,
      name: partner?.name ?? figures.id,
      sector: partner?.sector ?? '',
      figures,
    };
  });
}

function sortNumber(value: MeasureValue): number | null {
  return typeof value === 'boolean' ? Number(value) : value;
}

/**
 * Rows sorted by a column. Partners without a value (null) come last in either direction, so a
 * descending sort always starts with real figures; equal values fall back to the name.
 */
export function sortPartnerRows(
  rows: readonly PartnerRow[],
  key: SortKey,
  descending: boolean,
): PartnerRow[] {
  const byName = (a: PartnerRow, b: PartnerRow) => germanOrder(a.name, b.name);
  const direction = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (key === 'name') return direction * byName(a, b);
    if (key === 'sector') return direction * germanOrder(a.sector, b.sector) || byName(a, b);
    const x = sortNumber(measureValue(a.figures, key));
    const y = sortNumber(measureValue(b.figures, key));
    if (x === null || y === null)
      return (x === null ? 1 : 0) - (y === null ? 1 : 0) || byName(a, b);
    return direction * (x - y) || byName(a, b);
  });
}
