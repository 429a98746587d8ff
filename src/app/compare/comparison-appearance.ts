import type { NetworkComparison } from '../../core/compare';
import { tieKey } from '../filters/filters';

/**
 * What the map needs to draw a comparison over the current network: ties and partners by the keys
 * it already uses (`tieKey`, partner ID). Lost ties are not in the current graph, so they come as
 * pairs of partner IDs; a pair whose partner has left the network names an ID the map does not
 * have, and such a tie cannot be drawn.
 */
export interface ComparisonAppearance {
  newTies: Set<string>;
  lostTies: [string, string][];
  stronger: Set<string>;
  weaker: Set<string>;
  newPartners: Set<string>;
}

export function comparisonAppearance(result: NetworkComparison): ComparisonAppearance {
  const keys = (ties: readonly { source: { id: string }; target: { id: string } }[]) =>
    new Set(ties.map((tie) => tieKey(tie.source.id, tie.target.id)));
  return {
    newTies: keys(result.ties.added),
    lostTies: result.ties.lost.map((tie): [string, string] => [tie.source.id, tie.target.id]),
    stronger: keys(result.ties.stronger),
    weaker: keys(result.ties.weaker),
    newPartners: new Set(result.partners.added.map((partner) => partner.id)),
  };
}
