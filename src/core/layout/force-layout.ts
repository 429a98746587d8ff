import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { buildGraph } from '../model/graph';
import { graphKey, partnerIdOf } from '../model/keys';
import type { Network } from '../model/types';
import type { MapPosition } from '../project/types';

/**
 * ForceAtlas2 rounds (Jacomy et al. 2014) when the layout is computed in one go rather than
 * watched on the map: a few hundred settle a district's network; very large ones get fewer, with
 * the Barnes–Hut approximation, so that the picture does not keep the user waiting for minutes.
 */
const ROUNDS_SMALL = 300;
const ROUNDS_LARGE = 60;
const LARGE_NETWORK = 1_000;
/** From this size on, ForceAtlas2 approximates distant partners (as the interactive map does). */
export const BARNES_HUT_FROM = 500;
/** Up to this size, overlapping dots are moved apart at the end (as the interactive map does). */
export const NOVERLAP_UP_TO = 2_000;
/** Rounds between two reports of progress. */
const ROUNDS_A_STEP = 10;

/**
 * ForceAtlas2's settings for the map of a network, here and on the interactive map: strong
 * gravity keeps partners without ties near the others instead of far out, so the map is not
 * shrunk to fit a lone dot.
 */
export function mapLayoutSettings(
  graph: Parameters<typeof forceAtlas2.inferSettings>[0],
): ReturnType<typeof forceAtlas2.inferSettings> {
  return {
    ...forceAtlas2.inferSettings(graph),
    strongGravityMode: true,
    gravity: 0.4,
    barnesHutOptimize: graph.order > BARNES_HUT_FROM,
  };
}

/**
 * Lays out a network without a map on screen (the report of the command line, the map as a
 * picture where the browser offers no WebGL): ForceAtlas2 from the given start positions, the same
 * network always giving the same picture; pinned partners stay where they are. Partners without a
 * start position are left out of the layout. Start and result are keyed by partner ID.
 */
export function forceLayout(
  network: Network,
  start: ReadonlyMap<string, MapPosition>,
  onProgress?: (done: number, total: number) => void,
): Map<string, MapPosition> {
  const graph = buildGraph(network);
  graph.forEachNode((key) => {
    if (!start.has(partnerIdOf(key))) graph.dropNode(key);
  });
  for (const [id, { x, y, pinned }] of start) {
    const key = graphKey(id);
    if (!graph.hasNode(key)) continue;
    graph.mergeNodeAttributes(key, { x, y, fixed: pinned === true } as never);
  }
  const rounds = graph.order > LARGE_NETWORK ? ROUNDS_LARGE : ROUNDS_SMALL;
  const settings = mapLayoutSettings(graph);
  for (let done = 0; done < rounds; done += ROUNDS_A_STEP) {
    onProgress?.(done, rounds);
    forceAtlas2.assign(graph, {
      iterations: Math.min(ROUNDS_A_STEP, rounds - done),
      getEdgeWeight: 'intensity',
      settings,
    });
  }
  if (graph.order <= NOVERLAP_UP_TO)
    noverlap.assign(graph, { maxIterations: 60, settings: { ratio: 1.1, margin: 1 } });
  onProgress?.(rounds, rounds);
  const positions = new Map<string, MapPosition>();
  graph.forEachNode((key, attributes) => {
    const id = partnerIdOf(key);
    const kept = start.get(id);
    // noverlap knows no pins: a pinned partner keeps its very place.
    if (kept?.pinned === true) positions.set(id, { x: kept.x, y: kept.y, pinned: true });
    else {
      const { x, y } = attributes as unknown as { x: number; y: number };
      positions.set(id, { x, y, pinned: false });
    }
  });
  return positions;
}
