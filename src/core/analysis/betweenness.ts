import type { NetworkIndex } from './network-index';
import { planSources, type PathSampling, type SourcePlan } from './path-sources';
import { sweepShortestPaths, type PathSweep, type SweepRequest } from './path-sweep';
import type { ProgressHooks } from './progress';

export interface BetweennessResult {
  /** Normalised betweenness by partner position, as networkx `betweenness_centrality`. */
  scores: Float64Array;
  /** Number of sources swept; the partner count when exact. */
  sources: number;
}

/**
 * Betweenness (Freeman 1977): the share of shortest paths between other partners that run through a
 * partner. Brandes' algorithm (2001) with breadth-first search over the compact index (see
 * {@link sweepShortestPaths}), unweighted: intensity is a strength, and reading it as a length would
 * make close ties look far apart.
 *
 * Normalised exactly as networkx `betweenness_centrality(G, normalized=True)` for an undirected
 * graph: the sum over ordered pairs (s, t), divided by (n − 1)(n − 2), which equals the sum over
 * unordered pairs divided by the (n − 1)(n − 2) / 2 pairs that do not contain the partner. With
 * n ≤ 2 every value is 0, as there.
 *
 * Exact unless `sampling` asks for an estimate (see {@link betweennessFromSweep}).
 */
export function betweenness(
  index: NetworkIndex,
  sampling: PathSampling = 'exact',
  hooks?: ProgressHooks,
): BetweennessResult {
  const plan = planSources(index, sampling);
  const sweep = sweepShortestPaths(index, sweepFor(plan, true), hooks);
  return { scores: betweennessFromSweep(sweep, plan), sources: plan.sources.length };
}

/** The sweep a plan asks for: from its sources, and for an estimate weighted and towards them. */
export function sweepFor(plan: SourcePlan, dependencies: boolean): SweepRequest {
  const step = dependencies ? 'betweenness' : 'closeness';
  return plan.estimate === null
    ? { sources: plan.sources, dependencies, step }
    : { sources: plan.sources, dependencies, step, estimate: plan.estimate };
}

/**
 * Normalises the dependencies of a sweep from the plan's sources.
 *
 * An estimate: only sources in a partner's own sub-network add to its betweenness. Each pair {s, t}
 * adds its share of paths through v once from s, times d(s, v) / d(s, t), and once from t, times
 * d(t, v) / d(s, t); the two add up to 1, as d(s, v) + d(v, t) = d(s, t) on a shortest path. So
 * twice the sum of these linearly scaled dependencies over all partners as sources is the sum over
 * ordered pairs, and the sweep's sum over the drawn sources, each weighted by the partners of its
 * block, is an unbiased estimate of it (Brandes & Pich 2007 for sampled sources, Geisberger,
 * Sanders & Schultes 2008 for the scaling, which keeps sources near a partner from inflating it).
 */
export function betweennessFromSweep(sweep: PathSweep, plan: SourcePlan): Float64Array {
  const scores = sweep.dependencies;
  const n = scores.length;
  const normalise = n > 2 ? (plan.estimate === null ? 1 : 2) / ((n - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i += 1) scores[i]! *= normalise;
  return scores;
}
