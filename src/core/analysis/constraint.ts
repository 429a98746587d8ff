import type { NetworkIndex } from './network-index';

/**
 * Burt's constraint (1992, structural holes), unweighted, as networkx `constraint` (which agrees with
 * UCINET): c(i) = Σ_j (p_ij + Σ_q p_iq · p_qj)², over i's contacts j and q, with p_ij = 1 / degree(i)
 * for every tie. High: the partner's contacts all know each other, so it has little room to broker.
 * Null for isolates, where networkx gives NaN.
 */
export function constraint(index: NetworkIndex): (number | null)[] {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const result = new Array<number | null>(n).fill(null);
  const contactOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i += 1) {
    const di = offsets[i + 1]! - offsets[i]!;
    if (di === 0) continue;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) contactOf[neighbours[e]!] = i;
    let sum = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
      const j = neighbours[e]!;
      let indirect = 0;
      for (let f = offsets[j]!; f < offsets[j + 1]!; f += 1) {
        const q = neighbours[f]!;
        if (contactOf[q]! === i) indirect += 1 / (offsets[q + 1]! - offsets[q]!);
      }
      const local = (1 + indirect) / di;
      sum += local * local;
    }
    result[i] = sum;
  }
  return result;
}
