import type { NetworkGraph } from '../model/graph';
import { partnerIdOf } from '../model/keys';

/** Partners with no tie at all (isolates). */
export function findIsolates(graph: NetworkGraph): string[] {
  return graph.filterNodes((node) => graph.degree(node) === 0).map(partnerIdOf);
}

/**
 * Partners with ties, but none to a partner of another known sector: they stay inside their silo
 * (the E-I index of such a partner is −1, Krackhardt & Stern 1988). Partners of unknown sector are
 * left out, as their ties cannot be judged.
 */
export function findWithoutCrossSectorTie(
  graph: NetworkGraph,
  sectorOf: ReadonlyMap<string, string | null>,
): string[] {
  return graph
    .filterNodes((node) => {
      const own = sectorOf.get(partnerIdOf(node)) ?? null;
      if (own === null || graph.degree(node) === 0) return false;
      return !graph.someNeighbor(node, (neighbour) => {
        const other = sectorOf.get(partnerIdOf(neighbour)) ?? null;
        return other !== null && other !== own;
      });
    })
    .map(partnerIdOf);
}
