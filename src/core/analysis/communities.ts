import louvain from 'graphology-communities-louvain';
import type { CooperationAttributes, NetworkGraph } from '../model/graph';
import { graphKey } from '../model/keys';
import { tieWeight } from '../model/tie-weight';
import type { NetworkIndex } from './network-index';
import { normalisedMutualInformation } from './mutual-information';
import { mulberry32 } from './random';
import { sectorGroups } from './sector-groups';

export interface Communities {
  count: number;
  /** Community number of each partner by position, numbered in the order of the sorted ids. */
  membership: Int32Array;
  /** Newman–Girvan modularity of the partition (intensity-weighted); null without ties. */
  modularity: number | null;
  /**
   * How far the communities repeat the sectors, over the partners with at least one tie (see
   * {@link normalisedMutualInformation}); null without ties.
   */
  nmiWithSectors: number | null;
}

export const DEFAULT_COMMUNITY_SEED = 1;

/**
 * Communities by the Louvain method (Blondel et al. 2008), weighted by tie strength (closer ties
 * hold a community together; a tie's own weight from Gephi or Kumu where it has one), with a seeded random generator so the same network always gives the same
 * report. Compared with the sectors: do the clusters simply repeat the sector silos?
 */
export function communities(
  graph: NetworkGraph,
  index: NetworkIndex,
  seed = DEFAULT_COMMUNITY_SEED,
): Communities {
  const n = index.ids.length;
  const membership = new Int32Array(n);
  if (graph.size === 0) {
    for (let i = 0; i < n; i += 1) membership[i] = i;
    return { count: n, membership, modularity: null, nmiWithSectors: null };
  }
  const detailed = louvain.detailed(graph, {
    // The package's typings know no attributes of the graph given: these are a cooperation's.
    getEdgeWeight: (_edge, attributes) => tieWeight(attributes as CooperationAttributes),
    rng: mulberry32(seed),
  });
  const renumbered = new Map<number, number>();
  index.ids.forEach((id, i) => {
    const found = detailed.communities[graphKey(id)]!;
    if (!renumbered.has(found)) renumbered.set(found, renumbered.size);
    membership[i] = renumbered.get(found) as number;
  });
  return {
    count: renumbered.size,
    membership,
    modularity: detailed.modularity,
    nmiWithSectors: nmi(index, membership),
  };
}

/**
 * Compared over the partners with at least one tie: a partner without ties is a community of its
 * own by construction, which says nothing about whether cooperation follows the sectors (five
 * partners without any tie gave 0.79). Null without ties.
 */
function nmi(index: NetworkIndex, membership: Int32Array): number | null {
  const { groupOf } = sectorGroups(index);
  const communityOf: number[] = [];
  const sectorOf: number[] = [];
  for (let v = 0; v < index.ids.length; v += 1) {
    if (index.offsets[v + 1]! === index.offsets[v]!) continue;
    communityOf.push(membership[v]!);
    sectorOf.push(groupOf[v]!);
  }
  return communityOf.length < 2 ? null : normalisedMutualInformation(communityOf, sectorOf);
}
