import { partnerIdOf } from '../../core/model/keys';
import type { MapPosition } from '../../core/project/types';
import type { MapGraph } from './map-graph';

export type Positions = Map<string, MapPosition>;

/** Settled: the mean move between two looks is below this share of the map's extent. */
const SETTLED_SHARE = 0.0015;
/**
 * Fewer layout steps than this since the last look are too few to judge by. On a large map the
 * page may be busy (adding ties, drawing) while the layout waits for it: no places arrive, nothing
 * moves, and the layout would be taken as settled after a handful of steps.
 */
export const MIN_STEPS = 3;

/** Where every partner is (by partner ID) and whether it is pinned. */
export function snapshot(graph: MapGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node, { x, y, fixed }) =>
    positions.set(partnerIdOf(node), { x, y, pinned: fixed === true }),
  );
  return positions;
}

/** Mean distance partners moved since `before`, relative to the map's extent. */
function movement(graph: MapGraph, before: Positions): number {
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  graph.forEachNode((node, { x, y }) => {
    const old = before.get(partnerIdOf(node));
    if (old) moved += Math.hypot(x - old.x, y - old.y);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  });
  const extent = Math.max(1e-9, maxX - minX);
  return moved / Math.max(1, graph.order) / extent;
}

export interface SettlingWatch {
  /**
   * Looks again: whether the partners moved less than SETTLED_SHARE since the last look that
   * counted. A look after fewer than MIN_STEPS steps of the layout says no and does not count.
   */
  settled(): boolean;
  /** Stops counting the layout's steps. */
  stop(): void;
}

/**
 * Watches a running layout come to rest. ForceAtlas2's supervisor writes each step's places into
 * the graph at once (one `eachNodeAttributesUpdated`); those steps are counted.
 */
export function watchSettling(graph: MapGraph): SettlingWatch {
  let steps = 0;
  const count = () => {
    steps++;
  };
  graph.on('eachNodeAttributesUpdated', count);
  let before = snapshot(graph);
  return {
    settled() {
      if (steps < MIN_STEPS) return false;
      const moved = movement(graph, before);
      steps = 0;
      before = snapshot(graph);
      return moved < SETTLED_SHARE;
    },
    stop() {
      graph.off('eachNodeAttributesUpdated', count);
    },
  };
}
