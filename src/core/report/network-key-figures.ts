import { sectorAssortativity } from '../analysis/assortativity';
import { communities } from '../analysis/communities';
import { components, isolates } from '../analysis/components';
import { cutPoints } from '../analysis/cut-points';
import { density } from '../analysis/density';
import { eiIndex } from '../analysis/ei-index';
import { indexNetwork } from '../analysis/network-index';
import { buildGraph } from '../model/graph';
import type { Network } from '../model/types';
import type { KeyFigures } from './key-figures';

/**
 * The key figures of a network computed directly: what `keyFigures` reads from the network's whole
 * report, without the measures per partner the figures do not use (betweenness and closeness alone
 * search shortest paths from every partner: seconds for an earlier Stand of 10,000 partners).
 */
export function networkKeyFigures(network: Network): KeyFigures {
  const graph = buildGraph(network);
  const index = indexNetwork(graph);
  const cuts = cutPoints(index);
  return {
    partners: index.ids.length,
    cooperations: index.cooperationCount,
    density: density(index),
    components: components(index).count,
    isolates: isolates(index).length,
    articulationPoints: cuts.articulationPoints.filter((cut) => cut === 1).length,
    bridges: cuts.bridges.length,
    eiIndex: eiIndex(index).network,
    assortativity: sectorAssortativity(index),
    communities: communities(graph, index).count,
  };
}
