import type { NetworkGraph } from '../model/graph';
import { partnerIdOf } from '../model/keys';
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
  const isPoint = (key: string) => points.has(partnerIdOf(key));
  return graph
    .filterNodes(
      (node) => !isPoint(node) && graph.degree(node) > 0 && graph.everyNeighbor(node, isPoint),
    )
    .map((key) => ({
      partner: partnerIdOf(key),
      articulationPoints: graph.neighbors(key).filter(isPoint).map(partnerIdOf).sort(),
    }));
}
