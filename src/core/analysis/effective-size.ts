import { tieStrengths } from './constraint';
import type { NetworkIndex } from './network-index';

/**
 * Burt's effective size (1992) on tie strength, as networkx `effective_size(G, weight='weight')`
 * with the tie's weight (its own from Gephi or Kumu, else its intensity 1–4; see `tieWeight`):
 *
 *   e(i) = Σ_j (1 − Σ_q p_iq · m_jq)  over i's contacts j, with q ranging over i's contacts,
 *
 * where p_iq = w_iq / Σ_k w_ik is the share of i's tie strength that goes to q and
 * m_jq = w_jq / max_k w_jk the strength of j's tie to q against j's strongest tie. Each contact
 * counts 1, less how much of i's strength it duplicates through its own ties to i's other contacts:
 * in a complete network of equal ties every partner's effective size is 1. With all weights equal
 * this is Borgatti's unweighted n − 2t/n (1997; networkx `effective_size(G)`), n contacts with t ties
 * among them; it is computed as degree − (Σ_j Σ_q w_iq · m_jq) / Σ_k w_ik so that equal weights give
 * that value to the last digit. A tie of weight 0 carries no strength and counts as no tie, as in
 * networkx; null for a partner without a tie of positive weight, where networkx gives NaN.
 */
export function effectiveSize(index: NetworkIndex): (number | null)[] {
  const { offsets, neighbours, weights } = index;
  const n = index.ids.length;
  const strength = tieStrengths(index);
  const strongest = new Float64Array(n);
  for (let j = 0; j < n; j += 1) {
    for (let f = offsets[j]!; f < offsets[j + 1]!; f += 1) {
      strongest[j] = Math.max(strongest[j]!, weights[f]!);
    }
  }
  const result = new Array<number | null>(n).fill(null);
  // Weight of i's tie to each partner while i is looked at (0: no tie).
  const toEgo = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const si = strength[i]!;
    if (si === 0) continue;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) toEgo[neighbours[e]!] = weights[e]!;
    let contacts = 0;
    let redundancy = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
      if (weights[e]! <= 0) continue;
      contacts += 1;
      const j = neighbours[e]!;
      // Σ_q w_iq · w_jq over the contacts q that i and j share, then against j's strongest tie.
      let shared = 0;
      for (let f = offsets[j]!; f < offsets[j + 1]!; f += 1)
        shared += toEgo[neighbours[f]!]! * weights[f]!;
      redundancy += shared / strongest[j]!;
    }
    result[i] = contacts - redundancy / si;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) toEgo[neighbours[e]!] = 0;
  }
  return result;
}
