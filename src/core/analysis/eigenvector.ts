import type { NetworkIndex } from './network-index';

export interface EigenvectorResult {
  /** Unit Euclidean norm, as networkx; null for every partner when the iteration did not converge. */
  scores: (number | null)[];
  converged: boolean;
}

/** Tighter than networkx's default 1e-6 so that both agree to about 1e-6. */
export const EIGENVECTOR_TOLERANCE = 1e-8;
export const EIGENVECTOR_MAX_ITERATIONS = 1000;

/**
 * Eigenvector centrality (Bonacich 1972), unweighted, computed as networkx `eigenvector_centrality`:
 * power iteration with A + I (the identity keeps bipartite networks from oscillating), starting
 * from the uniform vector, normalised to unit length after each step, stopping when the summed
 * change is below n × tolerance. Where networkx raises (failure to converge) every partner gets
 * null and `converged` is false; an empty network gives no scores and counts as converged.
 */
export function eigenvector(
  index: NetworkIndex,
  tolerance = EIGENVECTOR_TOLERANCE,
  maxIterations = EIGENVECTOR_MAX_ITERATIONS,
): EigenvectorResult {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  if (n === 0) return { scores: [], converged: true };
  let current = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const next = current.slice();
    for (let v = 0; v < n; v += 1) {
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) next[neighbours[e]!]! += current[v]!;
    }
    let squares = 0;
    for (let v = 0; v < n; v += 1) squares += next[v]! * next[v]!;
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v += 1) {
      next[v]! /= norm;
      change += Math.abs(next[v]! - current[v]!);
    }
    current = next;
    if (change < n * tolerance) return { scores: Array.from(current), converged: true };
  }
  return { scores: new Array<number | null>(n).fill(null), converged: false };
}
