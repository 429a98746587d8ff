import type { NetworkIndex } from './network-index';

/**
 * Burt's effective size (1992) in Borgatti's unweighted form (1997), as networkx `effective_size`:
 * n − 2t / n, with n contacts and t ties among them — the number of contacts that are not redundant.
 * Null for isolates, where networkx gives NaN.
 */
export function effectiveSize(index: NetworkIndex): (number | null)[] {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const result = new Array<number | null>(n).fill(null);
  const contactOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i += 1) {
    const contacts = offsets[i + 1]! - offsets[i]!;
    if (contacts === 0) continue;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) contactOf[neighbours[e]!] = i;
    let endpoints = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
      const j = neighbours[e]!;
      for (let f = offsets[j]!; f < offsets[j + 1]!; f += 1) {
        if (contactOf[neighbours[f]!]! === i) endpoints += 1;
      }
    }
    result[i] = contacts - endpoints / contacts;
  }
  return result;
}
