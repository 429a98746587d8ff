import type { NetworkIndex } from './network-index';
import { sweepShortestPaths, type PathSweep } from './path-sweep';
import type { ProgressHooks } from './progress';
import { mulberry32 } from './random';

/** Estimate from k randomly chosen source partners (pivots) instead of all of them. */
export interface BetweennessSampling {
  samples: number;
  seed: number;
}

export interface BetweennessResult {
  /** Normalised betweenness by partner position, as networkx `betweenness_centrality`. */
  scores: Float64Array;
  /** Number of sources used; equals the partner count when exact. */
  sources: number;
  /**
   * Sampled only: with probability {@link BETWEENNESS_CONFIDENCE} every single partner's estimate
   * lies within ± this of its exact value; null when exact.
   */
  errorBound: number | null;
}

export const BETWEENNESS_CONFIDENCE = 0.95;

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
 * Sampling follows Brandes & Pich (2007) and networkx's `k=` option: the dependencies of k pivots
 * chosen without replacement are scaled by n / k, an unbiased estimate.
 */
export function betweenness(
  index: NetworkIndex,
  sampling?: BetweennessSampling,
  hooks?: ProgressHooks,
): BetweennessResult {
  const sources = betweennessSources(index.ids.length, sampling);
  return betweennessFromSweep(
    sweepShortestPaths(index, { sources, dependencies: true, step: 'betweenness' }, hooks),
    sources.length,
  );
}

/** Normalises the dependencies of a sweep from k sources, as {@link betweenness} does. */
export function betweennessFromSweep(sweep: PathSweep, k: number): BetweennessResult {
  const scores = sweep.dependencies;
  const n = scores.length;
  const scale = n > 2 && k > 0 ? (1 / ((n - 1) * (n - 2))) * (n / k) : 0;
  for (let i = 0; i < n; i += 1) scores[i]! *= scale;
  return { scores, sources: k, errorBound: k < n ? samplingErrorBound(n, k) : null };
}

/**
 * Hoeffding's inequality (1963), which also holds for sampling without replacement: each pivot
 * contributes n·δ_s(v) / ((n − 1)(n − 2)) ∈ [0, n / (n − 1)] to the estimate, so
 * P(|estimate − exact| ≥ ε) ≤ 2·exp(−2kε² / (n / (n − 1))²). Solved for ε at 95 % confidence.
 */
export function samplingErrorBound(n: number, k: number): number {
  if (n <= 2 || k <= 0) return 0;
  const range = n / (n - 1);
  return range * Math.sqrt(Math.log(2 / (1 - BETWEENNESS_CONFIDENCE)) / (2 * k));
}

/** Every partner, or k pivots drawn without replacement by a seeded Fisher–Yates shuffle. */
export function betweennessSources(
  n: number,
  sampling: BetweennessSampling | undefined,
): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i += 1) all[i] = i;
  if (sampling === undefined || sampling.samples >= n) return all;
  const k = Math.max(0, Math.floor(sampling.samples));
  const random = mulberry32(sampling.seed);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(random() * (n - i));
    const chosen = all[j]!;
    all[j] = all[i]!;
    all[i] = chosen;
  }
  return all.slice(0, k);
}
