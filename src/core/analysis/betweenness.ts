import type { NetworkIndex } from './network-index';
import { checkStop, SOURCES_PER_REPORT, type ProgressHooks } from './progress';
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
 * partner. Brandes' algorithm (2001) with breadth-first search over the compact index, unweighted:
 * intensity is a strength, and reading it as a length would make close ties look far apart.
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
  const n = index.ids.length;
  const sources = chooseSources(n, sampling);
  const raw = accumulateDependencies(index, sources, hooks);
  const k = sources.length;
  const scale = n > 2 && k > 0 ? (1 / ((n - 1) * (n - 2))) * (n / k) : 0;
  for (let i = 0; i < n; i += 1) raw[i]! *= scale;
  return { scores: raw, sources: k, errorBound: k < n ? samplingErrorBound(n, k) : null };
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

function chooseSources(n: number, sampling: BetweennessSampling | undefined): Int32Array {
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

/**
 * Sum of the dependencies δ_s(v) over the given sources. The breadth-first visiting order doubles as
 * Brandes' stack; each partner's shortest-path predecessors are kept in one flat array (at most one
 * entry per tie end), so the backward pass touches only them.
 */
function accumulateDependencies(
  index: NetworkIndex,
  sources: Int32Array,
  hooks: ProgressHooks | undefined,
): Float64Array {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const result = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  const order = new Int32Array(n);
  const predecessors = new Int32Array(neighbours.length);
  const predecessorCount = new Int32Array(n);
  for (let done = 0; done < sources.length; done += 1) {
    if (done % SOURCES_PER_REPORT === 0) {
      checkStop(hooks);
      hooks?.onProgress?.(done, sources.length, 'betweenness');
    }
    const source = sources[done]!;
    distance[source] = 0;
    paths[source] = 1;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      const pathsToV = paths[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1) {
        const w = neighbours[e]!;
        let d = distance[w]!;
        if (d < 0) {
          d = distance[w] = next;
          order[tail++] = w;
        }
        if (d === next) {
          paths[w]! += pathsToV;
          predecessors[offsets[w]! + predecessorCount[w]!++] = v;
        }
      }
    }
    for (let i = tail - 1; i > 0; i -= 1) {
      const w = order[i]!;
      const share = (1 + dependency[w]!) / paths[w]!;
      for (let p = offsets[w]!, end = p + predecessorCount[w]!; p < end; p += 1) {
        const v = predecessors[p]!;
        dependency[v]! += paths[v]! * share;
      }
      result[w]! += dependency[w]!;
    }
    for (let i = 0; i < tail; i += 1) {
      const v = order[i]!;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
      predecessorCount[v] = 0;
    }
  }
  hooks?.onProgress?.(sources.length, sources.length, 'betweenness');
  return result;
}
