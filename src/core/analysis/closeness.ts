import type { NetworkIndex } from './network-index';
import { checkStop, SOURCES_PER_REPORT, type ProgressHooks } from './progress';

/**
 * Closeness (Freeman 1979) as networkx `closeness_centrality` with its default `wf_improved=True`:
 * (r − 1) / (sum of distances to the r − 1 reachable partners), times (r − 1) / (n − 1), the
 * Wasserman & Faust (1994) correction that keeps small components from looking central. 0 for
 * isolates and in a network of one partner, as networkx. Unweighted: hops, not intensities.
 */
export function closeness(index: NetworkIndex, hooks?: ProgressHooks): Float64Array {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const result = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  for (let source = 0; source < n; source += 1) {
    if (source % SOURCES_PER_REPORT === 0) {
      checkStop(hooks);
      hooks?.onProgress?.(source, n, 'closeness');
    }
    distance[source] = 0;
    order[0] = source;
    let head = 0;
    let tail = 1;
    let total = 0;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
        const w = neighbours[e]!;
        if (distance[w]! < 0) {
          distance[w] = next;
          total += next;
          order[tail++] = w;
        }
      }
    }
    const reached = tail - 1;
    result[source] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
    for (let i = 0; i < tail; i += 1) distance[order[i]!] = -1;
  }
  hooks?.onProgress?.(n, n, 'closeness');
  return result;
}
