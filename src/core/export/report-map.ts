import { partnerSizes } from '../appearance/partner-size';
import { tieWidths } from '../appearance/tie-width';
import { tieCounts } from '../model/tie-counts';
import type { Network } from '../model/types';
import { mapToSvg, type LegendEntry, type MapDrawing, type MapScene } from './svg';

/** Partners labelled on the report's map: the largest, as the map on screen does when zoomed out. */
export const REPORT_MAP_LABELS = 60;

/**
 * Above this many ties the app shows the report's map as a bitmap (painted in the export worker)
 * instead of SVG: a browser draws an SVG image on the page's own thread, and 40,000 ties
 * (10,000 partners) held the page 0.2–0.55 s each time the report was opened.
 */
export const REPORT_PICTURE_TIES = 5_000;

/** Whether the app paints `scene` as a bitmap (see `REPORT_PICTURE_TIES`). */
export function paintedAsPicture(scene: MapScene): boolean {
  let ties = 0;
  for (const line of scene.lines) ties += line.segments.length / 4;
  return ties > REPORT_PICTURE_TIES;
}

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
 * Dots and ties are as large as on the live map (`core/appearance`): the drawing is 1,000 units
 * across, as the map on screen is about as many pixels.
 */
export function reportMapSvg(map: ReportMap): string {
  return mapToSvg(reportMapDrawing(map));
}

/** What the report's map shows, for `mapToSvg` or `mapScene`. */
export function reportMapDrawing({
  network,
  positions,
  sectorColors,
  title,
  legend,
}: ReportMap): MapDrawing {
  const edges = network.cooperations.filter(
    (c) => positions.has(c.source) && positions.has(c.target),
  );
  const degree = tieCounts(edges);
  let mostTies = 0;
  for (const count of degree.values()) if (count > mostTies) mostTies = count;
  const size = partnerSizes(mostTies);
  const width = tieWidths(edges);
  return {
    title,
    nodes: network.partners.flatMap((p) => {
      const at = positions.get(p.id);
      if (at === undefined) return [];
      const color = sectorColors.get(p.sector) ?? '#777777';
      return [
        { id: p.id, label: p.name, x: at.x, y: at.y, size: size(degree.get(p.id) ?? 0), color },
      ];
    }),
    edges: edges.map((c) => ({
      source: c.source,
      target: c.target,
      size: width(c),
    })),
    legend,
    labelled: REPORT_MAP_LABELS,
  };
}
