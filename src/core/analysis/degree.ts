import type { NetworkIndex } from './network-index';

/** Degree: the number of cooperation partners of each partner. */
export function degree(index: NetworkIndex): Float64Array {
  const n = index.ids.length;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i += 1) result[i] = index.offsets[i + 1]! - index.offsets[i]!;
  return result;
}
