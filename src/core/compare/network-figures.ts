import { components, isolates } from '../analysis/components';
import { density } from '../analysis/density';
import { eiIndex } from '../analysis/ei-index';
import { indexNetwork, type NetworkIndex } from '../analysis/network-index';
import type { GapReport } from '../gaps/types';
import type { NetworkGraph } from '../model/graph';
import type { ComparisonFigures } from './types';

/**
 * The figures of one network, from the same measures the analysis and the gap report use. The
 * structural ones are taken from those measures directly rather than from `analyseNetwork`, whose
 * shortest-path sweep (betweenness, closeness) none of them needs: comparing runs twice on the
 * main thread and stays quick for a district of thousands of partners.
 */
export function networkFigures(graph: NetworkGraph, gaps: GapReport): ComparisonFigures {
  return {
    ...structureFigures(indexNetwork(graph)),
    youthHealthTies: gaps.youthHealthLink?.ties ?? 0,
    missingTypes: gaps.missingTypes.length,
  };
}

/**
 * The counts and shares of a network's structure that the comparison of Stände and the report's key
 * figures both give: partners, cooperations, density, components, isolates, E-I index.
 */
export function structureFigures(
  index: NetworkIndex,
): Pick<
  ComparisonFigures,
  'partners' | 'cooperations' | 'density' | 'components' | 'isolates' | 'eiIndex'
> {
  return {
    partners: index.ids.length,
    cooperations: index.cooperationCount,
    density: density(index),
    components: components(index).count,
    isolates: isolates(index).length,
    eiIndex: eiIndex(index).network,
  };
}
