import { sweepFor } from './betweenness';
import type { NetworkIndex } from './network-index';
import { planSources, type PathSampling, type SourcePlan } from './path-sources';
import { sweepShortestPaths, type PathSweep } from './path-sweep';
import type { ProgressHooks } from './progress';

/**
 * Closeness (Freeman 1979) as networkx `closeness_centrality` with its default `wf_improved=True`:
 * (r − 1) / (sum of distances to the r − 1 reachable partners), times (r − 1) / (n − 1), the
 * Wasserman & Faust (1994) correction that keeps small components from looking central. 0 for
 * isolates and in a network of one partner, as networkx. Unweighted: hops, not intensities.
 *
 * Exact unless `sampling` asks for an estimate (see {@link closenessFromSweep}).
 */
export function closeness(
  index: NetworkIndex,
  sampling: PathSampling = 'exact',
  hooks?: ProgressHooks,
): Float64Array {
  const plan = planSources(index, sampling);
  return closenessFromSweep(sweepShortestPaths(index, sweepFor(plan, false), hooks), plan);
}

/**
 * Closeness of every partner from a sweep from the plan's sources. A source's closeness is exact:
 * its own search reached every partner it can reach.
 *
 * Any other partner v lies in a sampled sub-network, and its closeness is (r / D) · (r / (n − 1)),
 * with r, the partners it reaches, known, and D, the sum of its distances to them, not. Each
 * source's search gave its distance to v (the same both ways in an undirected network), and each
 * source s stands for the w_s partners of its block, drawn with probability 1 / w_s, so
 * D̂ = Σ w_s · d(s, v) estimates D without bias (Horvitz & Thompson 1952; Eppstein & Wang 2004
 * estimate closeness from the distances to sampled sources in the same way). Two small biases
 * remain, both far below the sampling spread measured in docs/benchmarks.md: v is known to be no
 * source, so its own block's source is one of the block's other partners, which makes D̂ high by
 * their mean distance to v, at most the sub-network's diameter, against D ≥ r; and r / D̂ is, by
 * Jensen's inequality, high by about the squared relative spread of D̂.
 */
export function closenessFromSweep(sweep: PathSweep, plan: SourcePlan): Float64Array {
  const n = sweep.reached.length;
  const result = new Float64Array(n);
  const { estimate } = plan;
  for (let i = 0; i < n; i += 1) {
    if (estimate === null || estimate.weights[i]! > 0) {
      const reached = sweep.reached[i]!;
      const total = sweep.distanceSums[i]!;
      result[i] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
    } else {
      const reachable = estimate.reachable[i]!;
      const estimated = sweep.sumsToSources[i]!;
      result[i] = estimated > 0 ? (reachable / estimated) * (reachable / (n - 1)) : 0;
    }
  }
  return result;
}
