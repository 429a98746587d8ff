import type { NetworkIndex } from './network-index';

/**
 * Burt's constraint (1992, structural holes) on tie strength, as networkx
 * `constraint(G, weight='weight')` with the tie's weight (its own from Gephi or Kumu, else its
 * intensity 1–4; see `tieWeight`):
 *
 *   c(i) = Σ_j (p_ij + Σ_q p_iq · p_qj)²  over i's contacts j, with q ranging over i's contacts,
 *
 * where p_ij = w_ij / Σ_k w_ik is the share of i's tie strength that goes to j. It is high when i
 * puts its strength into few contacts, or into contacts that are themselves closely tied to each
 * other: a partner with a single tie gets 1, whatever that contact's other ties. With all weights
 * equal, p_ij = 1 / degree(i) and this is the unweighted constraint (networkx `constraint(G)`,
 * UCINET). A tie of weight 0 carries no strength and counts as no tie, as in networkx; null for a
 * partner without a tie of positive weight, where networkx gives NaN.
 */
export function constraint(index: NetworkIndex): (number | null)[] {
  const { offsets, neighbours, weights } = index;
  const n = index.ids.length;
  const strength = tieStrengths(index);
  const result = new Array<number | null>(n).fill(null);
  // Weight of i's tie to each partner while i is looked at (0: no tie).
  const toEgo = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const si = strength[i]!;
    if (si === 0) continue;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) toEgo[neighbours[e]!] = weights[e]!;
    let sum = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
      const j = neighbours[e]!;
      const wij = weights[e]!;
      if (wij <= 0) continue;
      // Σ_q w_iq · p_qj over the contacts q that i and j share.
      let indirect = 0;
      for (let f = offsets[j]!; f < offsets[j + 1]!; f += 1) {
        const q = neighbours[f]!;
        const wiq = toEgo[q]!;
        if (wiq > 0 && weights[f]! > 0) indirect += (wiq * weights[f]!) / strength[q]!;
      }
      const local = (wij + indirect) / si;
      sum += local * local;
    }
    result[i] = sum;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) toEgo[neighbours[e]!] = 0;
  }
  return result;
}

/** Each partner's tie strength Σ_k w_ik over its ties of positive weight. */
export function tieStrengths(index: NetworkIndex): Float64Array {
  const { offsets, weights } = index;
  const n = index.ids.length;
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
      if (weights[e]! > 0) strength[i]! += weights[e]!;
    }
  }
  return strength;
}
