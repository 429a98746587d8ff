import { tieCounts } from '../model/tie-counts';
import type { Network } from '../model/types';
import { mapToSvg, type LegendEntry } from './svg';

/** Partners labelled on the report's map: the largest, as the map on screen does when zoomed out. */
export const REPORT_MAP_LABELS = 60;

export interface ReportMap {
  network: Network;
  /** Where the layout placed each partner; partners without a place are left out. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /** Sector → colour as `#rrggbb`. */
  sectorColors: ReadonlyMap<string, string>;
  title: string;
  legend: LegendEntry[];
}

/**
 * The map of the Netzwerkbericht (the app's and the command line's): the placed partners and the
 * ties between them; a partner with more cooperations is drawn larger, and the largest are labelled.
 */
export function reportMapSvg({
  network,
  positions,
  sectorColors,
  title,
  legend,
}: ReportMap): string {
  const edges = network.cooperations.filter(
    (c) => positions.has(c.source) && positions.has(c.target),
  );
  const degree = tieCounts(edges);
  return mapToSvg({
    title,
    nodes: network.partners.flatMap((p) => {
      const at = positions.get(p.id);
      if (at === undefined) return [];
      const color = sectorColors.get(p.sector) ?? '#777777';
      const size = 3 + 1.5 * Math.sqrt(degree.get(p.id) ?? 0);
      return [{ id: p.id, label: p.name, x: at.x, y: at.y, size, color }];
    }),
    edges: edges.map((c) => ({
      source: c.source,
      target: c.target,
      size: 0.4 + 0.4 * c.intensity,
    })),
    legend,
    labelled: REPORT_MAP_LABELS,
  });
}
