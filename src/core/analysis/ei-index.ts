import type { NetworkIndex } from './network-index';
import { sectorGroups } from './sector-groups';

export interface EIIndex {
  /** For the whole network; null without ties. */
  network: number | null;
  /** By sector, over the ties of its partners; null for a sector without ties. */
  bySector: Map<string, number | null>;
  /** By partner position; null for isolates. */
  byPartner: (number | null)[];
}

/**
 * E-I index (Krackhardt & Stern 1988): (external − internal) ÷ (external + internal) ties, where
 * external ties cross a sector boundary. −1: a sector silo; +1: ties only to other sectors.
 * For a sector, a tie inside it counts once as internal, a tie leaving it once as external.
 */
export function eiIndex(index: NetworkIndex): EIIndex {
  const { names, groupOf } = sectorGroups(index);
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const internalBySector = new Float64Array(names.length);
  const externalBySector = new Float64Array(names.length);
  const byPartner = new Array<number | null>(n).fill(null);
  let internal = 0;
  let external = 0;
  for (let v = 0; v < n; v += 1) {
    let own = 0;
    let other = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      if (groupOf[neighbours[e]!]! === groupOf[v]!) own += 1;
      else other += 1;
    }
    if (own + other > 0) byPartner[v] = (other - own) / (other + own);
    internalBySector[groupOf[v]!]! += own / 2;
    externalBySector[groupOf[v]!]! += other;
    internal += own / 2;
    external += other / 2;
  }
  const bySector = new Map<string, number | null>();
  names.forEach((name, g) => bySector.set(name, ratio(externalBySector[g]!, internalBySector[g]!)));
  return { network: ratio(external, internal), bySector, byPartner };
}

function ratio(external: number, internal: number): number | null {
  return external + internal > 0 ? (external - internal) / (external + internal) : null;
}
