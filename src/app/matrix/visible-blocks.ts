import { blockDensity, type SectorBlock } from '../../core/analysis/block-density';
import { indexNetwork } from '../../core/analysis/network-index';
import { buildGraph } from '../../core/model/graph';
import type { Network } from '../../core/model/types';
import { tieKey, type Visible } from '../filters/filters';

/**
 * The block density matrix of the partners and ties the filters show, with the core's own
 * measure, so that a filtered view of a large network is summarised by what it shows.
 */
export function visibleSectorBlocks(network: Network, visible: Visible): SectorBlock[] {
  const shown: Network = {
    partners: network.partners.filter((partner) => visible.partners.has(partner.id)),
    cooperations: network.cooperations.filter((cooperation) =>
      visible.cooperations.has(tieKey(cooperation.source, cooperation.target)),
    ),
  };
  return blockDensity(indexNetwork(buildGraph(shown)));
}
