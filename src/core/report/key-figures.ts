import type { NetworkReport, PartnerReport } from './report';

/** The figures a steering group compares year over year. */
export interface KeyFigures {
  partners: number;
  cooperations: number;
  density: number;
  components: number;
  isolates: number;
  articulationPoints: number;
  bridges: number;
  eiIndex: number | null;
  assortativity: number | null;
  communities: number;
}

export const KEY_FIGURES: readonly (keyof KeyFigures)[] = [
  'partners',
  'cooperations',
  'density',
  'components',
  'isolates',
  'articulationPoints',
  'bridges',
  'eiIndex',
  'assortativity',
  'communities',
];

/**
 * Reads the key figures from a report. Reports written before articulation points were listed
 * count them from the partners, so an older `analyse` file still serves as a previous snapshot.
 */
export function keyFigures(report: NetworkReport): KeyFigures {
  return {
    partners: report.network.partners,
    cooperations: report.network.cooperations,
    density: report.network.density,
    components: report.network.components,
    isolates: report.network.isolates.length,
    articulationPoints:
      report.network.articulationPoints?.length ??
      report.partners.filter((p) => p.articulationPoint).length,
    bridges: report.bridges.length,
    eiIndex: report.sectors.eiIndex,
    assortativity: report.sectors.assortativity,
    communities: report.sectors.communities.count,
  };
}

export type RankingMeasure = 'betweenness' | 'degree';

/**
 * The partners ranked highest by a measure, ties broken by name so the list is stable; partners
 * with a zero score are left out, as they hold no position worth naming.
 */
export function topPartners(
  partners: readonly PartnerReport[],
  measure: RankingMeasure,
  count: number,
): PartnerReport[] {
  const collator = new Intl.Collator('de');
  return partners
    .filter((p) => p[measure] > 0)
    .sort((a, b) => b[measure] - a[measure] || collator.compare(a.name, b.name))
    .slice(0, count);
}
