import type { NetworkIndex } from './network-index';

export interface PageRankResult {
  /** Sums to 1; null for every partner when the iteration did not converge. */
  scores: (number | null)[];
  converged: boolean;
}

export const PAGERANK_DAMPING = 0.85;
/** Tighter than networkx's default 1e-6 so that both agree to about 1e-8. */
export const PAGERANK_TOLERANCE = 1e-10;
export const PAGERANK_MAX_ITERATIONS = 1000;

/**
 * PageRank (Brin & Page 1998) weighted by tie strength, as networkx `pagerank(G, alpha=0.85,
 * weight='weight')` with the tie's weight (its own from Gephi or Kumu, else its intensity): each
 * undirected tie is followed both ways with probability proportional to its weight (a strength); partners without ties (dangling) spread
 * their rank uniformly; the teleport is uniform. Power iteration from the uniform vector until the
 * summed change is below n × tolerance. Where networkx raises (no convergence) every partner gets null.
 */
export function pagerank(
  index: NetworkIndex,
  damping = PAGERANK_DAMPING,
  tolerance = PAGERANK_TOLERANCE,
  maxIterations = PAGERANK_MAX_ITERATIONS,
): PageRankResult {
  const { offsets, neighbours, weights } = index;
  const n = index.ids.length;
  if (n === 0) return { scores: [], converged: true };
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) strength[v]! += weights[e]!;
  }
  let current = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let dangling = 0;
    for (let v = 0; v < n; v += 1) if (strength[v]! === 0) dangling += current[v]!;
    const next = new Float64Array(n).fill((damping * dangling + (1 - damping)) / n);
    for (let v = 0; v < n; v += 1) {
      if (strength[v]! === 0) continue;
      const share = (damping * current[v]!) / strength[v]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
        next[neighbours[e]!]! += share * weights[e]!;
      }
    }
    let change = 0;
    for (let v = 0; v < n; v += 1) change += Math.abs(next[v]! - current[v]!);
    current = next;
    if (change < n * tolerance) return { scores: Array.from(current), converged: true };
  }
  return { scores: new Array<number | null>(n).fill(null), converged: false };
}
