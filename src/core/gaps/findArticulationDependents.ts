import type { NetworkGraph } from '../model/graph';
import type { ArticulationDependent } from './types';

/**
 * Partners tied to the network only through articulation points: every neighbour is one, so losing
 * it (often the coordinator) cuts them off. The articulation points come from the structure
 * analysis; they are not recomputed here.
 */
export function findArticulationDependents(
  graph: NetworkGraph,
  articulationPoints: readonly string[],
): ArticulationDependent[] {
  const points = new Set(articulationPoints);
  return graph
    .filterNodes(
      (node) =>
        !points.has(node) &&
        graph.degree(node) > 0 &&
        graph.everyNeighbor(node, (n) => points.has(n)),
    )
    .map((partner) => ({
      partner,
      articulationPoints: graph
        .neighbors(partner)
        .filter((n) => points.has(n))
        .sort(),
    }));
}
