import { sectorAssortativity } from '../analysis/assortativity';
import { communities } from '../analysis/communities';
import { cutPoints } from '../analysis/cut-points';
import { indexNetwork } from '../analysis/network-index';
import { structureFigures } from '../compare/network-figures';
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
    ...structureFigures(index),
    articulationPoints: cuts.articulationPoints.filter((cut) => cut === 1).length,
    bridges: cuts.bridges.length,
    assortativity: sectorAssortativity(index),
    communities: communities(graph, index).count,
  };
}
