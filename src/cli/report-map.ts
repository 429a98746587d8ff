import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { sectorColor, sectorsInOrder } from '../app/sectors/colors';
import { reportMapSvg } from '../core/export/report-map';
import { buildGraph } from '../core/model/graph';
import type { Network } from '../core/model/types';

/**
 * ForceAtlas2 rounds (Jacomy et al. 2014). A few hundred settle a network of a district; very
 * large ones get fewer, with the Barnes–Hut approximation, so a batch run stays quick.
 */
const ITERATIONS_SMALL = 300;
const ITERATIONS_LARGE = 60;
const LARGE_NETWORK = 1000;
const BARNES_HUT_FROM = 500;

/**
 * The map for the static report: a deterministic layout (circle as seeded start, then
 * ForceAtlas2 run synchronously — the same network always gives the same picture), drawn with
 * `reportMapSvg` in the app's sector colours.
 */
export function drawReportMap(network: Network, title: string, noSector: string): string {
  const graph = buildGraph(network);
  // FA2 turns every position into NaN when a node has none: place them on a circle first.
  circular.assign(graph, { scale: Math.max(1, Math.sqrt(graph.order)) * 10 });
  forceAtlas2.assign(graph, {
    iterations: graph.order > LARGE_NETWORK ? ITERATIONS_LARGE : ITERATIONS_SMALL,
    getEdgeWeight: 'intensity',
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_FROM },
  });
  const sectors = sectorsInOrder(network.partners.map((p) => p.sector));
  return reportMapSvg({
    network,
    positions: new Map(graph.mapNodes((id, attributes) => {
      const { x = 0, y = 0 } = attributes as { x?: number; y?: number };
      return [id, { x, y }];
    })),
    sectorColors: new Map(sectors.map((sector) => [sector, sectorColor(sector)])),
    title,
    legend: sectors.map((sector) => ({ label: sector.trim() === '' ? noSector : sector, color: sectorColor(sector) })),
  });
}
