import type { NetworkIndex } from './network-index';

/**
 * Strength (Barrat et al. 2004): the sum of the weights of a partner's cooperations — their
 * intensities, or their own weights from Gephi or Kumu — as networkx `G.degree(weight='weight')`.
 */
export function strength(index: NetworkIndex): Float64Array {
  const n = index.ids.length;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let sum = 0;
    for (let e = index.offsets[i]!; e < index.offsets[i + 1]!; e += 1) sum += index.weights[e]!;
    result[i] = sum;
  }
  return result;
}
