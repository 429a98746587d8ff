import type { NetworkIndex } from './network-index';
import { sweepShortestPaths, type PathSweep } from './path-sweep';
import type { ProgressHooks } from './progress';

/**
 * Closeness (Freeman 1979) as networkx `closeness_centrality` with its default `wf_improved=True`:
 * (r − 1) / (sum of distances to the r − 1 reachable partners), times (r − 1) / (n − 1), the
 * Wasserman & Faust (1994) correction that keeps small components from looking central. 0 for
 * isolates and in a network of one partner, as networkx. Unweighted: hops, not intensities.
 */
export function closeness(index: NetworkIndex, hooks?: ProgressHooks): Float64Array {
  const sources = Int32Array.from({ length: index.ids.length }, (_value, i) => i);
  return closenessFromSweep(
    sweepShortestPaths(index, { sources, dependencies: false, step: 'closeness' }, hooks),
  );
}

/** Closeness of every partner from a sweep whose sources were all partners. */
export function closenessFromSweep(sweep: PathSweep): Float64Array {
  const n = sweep.reached.length;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const reached = sweep.reached[i]!;
    const total = sweep.distanceSums[i]!;
    result[i] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
  }
  return result;
}
