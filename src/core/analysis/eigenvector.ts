import { components } from './components';
import type { NetworkIndex } from './network-index';
import { mulberry32 } from './random';

export interface EigenvectorResult {
  /**
   * Unit Euclidean norm over the whole network, as networkx; null for every partner when the
   * computation did not converge.
   */
  scores: (number | null)[];
  converged: boolean;
  /**
   * Whether more than one sub-network has ties, so that each was computed on its own and weighted
   * by its size (see {@link eigenvector}); the scores of different sub-networks then do not come
   * from one eigenvector of the whole network.
   */
  byComponent: boolean;
}

export interface EigenvectorOptions {
  /**
   * Most basis vectors at a time (the Krylov space's dimension before a restart); by default a
   * sub-network of up to {@link EIGENVECTOR_ONE_PASS} partners in one pass, larger ones with
   * {@link EIGENVECTOR_BASIS}.
   */
  basis?: number;
  /** Restarts allowed for one sub-network before it counts as not converged. */
  maxRestarts?: number;
}

/** A sub-network of up to this many partners is decomposed exactly, in one pass without restarts. */
export const EIGENVECTOR_ONE_PASS = 48;
/** Basis of a larger sub-network between restarts: large enough to converge, small to reorthogonalise. */
export const EIGENVECTOR_BASIS = 24;
export const EIGENVECTOR_MAX_RESTARTS = 2000;
/**
 * When the leading Ritz pair (θ, x) counts as found: its residual ‖Ax − θx‖ is below this share of
 * θ and below {@link EIGENVECTOR_GAP_SHARE} of the gap to the next Ritz value. The vector's error is
 * at most the residual divided by that gap (Davis–Kahan), so it is within about 1e-11 of the exact
 * vector however close the two largest eigenvalues lie — down to a residual of
 * {@link EIGENVECTOR_FLOOR} × ‖A‖, where rounding ends what any method (numpy's `eigh` included)
 * can tell apart.
 */
export const EIGENVECTOR_RESIDUAL = 1e-13;
export const EIGENVECTOR_GAP_SHARE = 1e-11;
export const EIGENVECTOR_FLOOR = 1e-15;
/** The returned vector's residual, computed anew, as a share of its eigenvalue, that counts as converged. */
const ACCEPTED_RESIDUAL = 1e-10;

/**
 * Eigenvector centrality (Bonacich 1972), unweighted: the leading eigenvector of the adjacency
 * matrix, of unit Euclidean length with entries ≥ 0, as networkx `eigenvector_centrality` and
 * numpy's `eigh` give it on a connected network.
 *
 * networkx's power iteration needs about ln(tolerance) / ln(λ₂/λ₁) steps: where the two largest
 * eigenvalues lie close together (two near-identical dense groups joined weakly) it gives up after
 * its cap, or stops early on a vector far from the eigenvector. This computes the eigenvector
 * directly: Lanczos with full reorthogonalisation on each sub-network's adjacency matrix, thick
 * restarts keeping the leading third of the Ritz vectors (Wu & Simon 2000), the Ritz pairs from a
 * Jacobi eigendecomposition of the small projected matrix, until the residual criterion above
 * holds; the vector's residual is then checked once more against the matrix itself. A sub-network
 * of up to {@link EIGENVECTOR_ONE_PASS} partners is decomposed exactly in one pass.
 *
 * A network in separate sub-networks has no single eigenvector that ranks everyone: networkx's
 * concentrates on the sub-network with the largest eigenvalue and leaves the others near 0, even
 * their central partners. Here each sub-network with ties gets its own leading eigenvector, scaled
 * to length √(its partners ÷ partners with ties) — as MATLAB's `centrality` scales each component
 * by its share of the nodes — so that the whole vector keeps unit length and a larger sub-network
 * weighs more; `byComponent` says so. Partners without ties get 0 (numpy: 0, networkx: near 0).
 * With a single sub-network with ties this is exactly numpy's vector; in a network without any tie
 * every partner gets 1/√n, as networkx. Where a sub-network does not converge every partner gets
 * null and `converged` is false; an empty network gives no scores.
 */
export function eigenvector(
  index: NetworkIndex,
  options: EigenvectorOptions = {},
): EigenvectorResult {
  const n = index.ids.length;
  if (n === 0) return { scores: [], converged: true, byComponent: false };
  const parts = components(index);
  const tied = parts.sizes.reduce((sum, size) => (size > 1 ? sum + size : sum), 0);
  if (tied === 0) {
    return {
      scores: new Array<number>(n).fill(1 / Math.sqrt(n)),
      converged: true,
      byComponent: false,
    };
  }
  const members: number[][] = parts.sizes.map(() => []);
  // Each partner's number within its sub-network.
  const local = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const group = members[parts.membership[i]!]!;
    local[i] = group.length;
    group.push(i);
  }
  const withTies = members.filter((group) => group.length > 1);
  const byComponent = withTies.length > 1;
  const scores = new Array<number>(n).fill(0);
  for (const group of withTies) {
    const found = leadingEigenvector(subAdjacency(index, group, local), options);
    if (found === null) {
      return { scores: new Array<number | null>(n).fill(null), converged: false, byComponent };
    }
    const scale = Math.sqrt(group.length / tied);
    group.forEach((partner, i) => (scores[partner] = scale * found[i]!));
  }
  return { scores, converged: true, byComponent };
}

/** The adjacency of some partners among themselves, in compressed rows by local number. */
interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** The ties of one whole sub-network, its partners numbered by `local` in the order of `group`. */
function subAdjacency(index: NetworkIndex, group: readonly number[], local: Int32Array): Adjacency {
  const offsets = new Int32Array(group.length + 1);
  group.forEach((partner, i) => {
    offsets[i + 1] = offsets[i]! + index.offsets[partner + 1]! - index.offsets[partner]!;
  });
  const neighbours = new Int32Array(offsets[group.length]!);
  group.forEach((partner, i) => {
    let at = offsets[i]!;
    for (let e = index.offsets[partner]!; e < index.offsets[partner + 1]!; e += 1) {
      neighbours[at++] = local[index.neighbours[e]!]!;
    }
  });
  return { offsets, neighbours };
}

function multiply(adjacency: Adjacency, x: Float64Array, into: Float64Array): void {
  const { offsets, neighbours } = adjacency;
  for (let v = 0; v < x.length; v += 1) {
    let sum = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) sum += x[neighbours[e]!]!;
    into[v] = sum;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * The leading eigenvector of a connected sub-network's adjacency matrix (size ≥ 2), unit length,
 * entries ≥ 0; null when it did not converge within the restarts allowed.
 */
function leadingEigenvector(
  adjacency: Adjacency,
  options: EigenvectorOptions,
): Float64Array | null {
  const size = adjacency.offsets.length - 1;
  const m = Math.max(
    2,
    Math.min(size, options.basis ?? (size <= EIGENVECTOR_ONE_PASS ? size : EIGENVECTOR_BASIS)),
  );
  const maxRestarts = options.maxRestarts ?? EIGENVECTOR_MAX_RESTARTS;
  // Keeping a third of the Ritz vectors at a restart keeps most of what the basis learnt.
  const keep = Math.max(1, Math.min(m - 1, Math.floor(m / 3)));
  // ‖A‖ ≤ the largest number of ties: the scale of rounding and of an invariant subspace.
  let norm = 1;
  for (let v = 0; v < size; v += 1) {
    norm = Math.max(norm, adjacency.offsets[v + 1]! - adjacency.offsets[v]!);
  }

  const basis: Float64Array[] = [];
  // A positive start has a share of the Perron vector (which is positive): λ₁ is never missed. The
  // seeded noise gives it a share of every other eigenvector too, so that λ₂ shows in the Ritz values.
  const random = mulberry32(0x5eed);
  const start = new Float64Array(size);
  for (let v = 0; v < size; v += 1) start[v] = 1 + random();
  const startNorm = Math.sqrt(dot(start, start));
  for (let v = 0; v < size; v += 1) start[v]! /= startNorm;
  basis.push(start);

  const projected = new Float64Array(m * m);
  const w = new Float64Array(size);
  let kept = 0;
  for (let restart = 0; restart <= maxRestarts; restart += 1) {
    // Extend the basis from `kept` vectors to m (or until it spans an invariant subspace).
    let residualNorm = 0;
    let dimension = m;
    for (let j = kept; j < m; j += 1) {
      multiply(adjacency, basis[j]!, w);
      // Classical Gram–Schmidt, twice ("twice is enough"): w ⊥ every basis vector so far.
      for (let pass = 0; pass < 2; pass += 1) {
        for (let i = 0; i <= j; i += 1) {
          const c = dot(basis[i]!, w);
          projected[i * m + j]! += c;
          const vi = basis[i]!;
          for (let v = 0; v < size; v += 1) w[v]! -= c * vi[v]!;
        }
      }
      for (let i = 0; i < j; i += 1) projected[j * m + i] = projected[i * m + j]!;
      residualNorm = Math.sqrt(dot(w, w));
      if (residualNorm <= 1e-14 * norm) {
        // The basis spans an invariant subspace: its Ritz pairs are eigenpairs.
        dimension = j + 1;
        residualNorm = 0;
        break;
      }
      if (j + 1 < m) {
        const next = basis[j + 1] ?? new Float64Array(size);
        for (let v = 0; v < size; v += 1) next[v] = w[v]! / residualNorm;
        basis[j + 1] = next;
      }
    }

    const { values, vectors } = jacobiEigen(projected, m, dimension);
    const last = (dimension - 1) * dimension;
    const theta = values[0]!;
    const residual = residualNorm * Math.abs(vectors[last]!);
    // The gap to the next eigenvalue, counted short while the second Ritz value is still moving.
    const gap =
      dimension > 1
        ? Math.max(0, theta - values[1]! - residualNorm * Math.abs(vectors[last + 1]!))
        : theta;
    const target = Math.max(
      EIGENVECTOR_FLOOR * norm,
      Math.min(EIGENVECTOR_RESIDUAL * Math.max(1, Math.abs(theta)), EIGENVECTOR_GAP_SHARE * gap),
    );
    if (residual <= target) {
      return ritzVector(adjacency, basis, vectors, dimension, theta);
    }
    if (restart === maxRestarts) break;

    // Thick restart: keep the `kept` leading Ritz vectors; the residual direction comes next.
    kept = Math.min(keep, dimension - 1);
    const ritz: Float64Array[] = [];
    for (let r = 0; r < kept; r += 1) {
      const y = new Float64Array(size);
      for (let l = 0; l < dimension; l += 1) {
        const coefficient = vectors[l * dimension + r]!;
        const vl = basis[l]!;
        for (let v = 0; v < size; v += 1) y[v]! += coefficient * vl[v]!;
      }
      ritz.push(y);
    }
    projected.fill(0);
    for (let r = 0; r < kept; r += 1) {
      basis[r] = ritz[r]!;
      projected[r * m + r] = values[r]!;
    }
    const next = basis[kept] ?? new Float64Array(size);
    for (let v = 0; v < size; v += 1) next[v] = w[v]! / residualNorm;
    basis[kept] = next;
  }
  return null;
}

/**
 * The Ritz vector of the leading pair: unit length, signed so that its entries are positive (the
 * Perron vector's are; a negative entry is rounding of a tiny one), and checked against A once more.
 */
function ritzVector(
  adjacency: Adjacency,
  basis: readonly Float64Array[],
  vectors: Float64Array,
  dimension: number,
  theta: number,
): Float64Array | null {
  const size = basis[0]!.length;
  const x = new Float64Array(size);
  for (let l = 0; l < dimension; l += 1) {
    const coefficient = vectors[l * dimension]!;
    const vl = basis[l]!;
    for (let v = 0; v < size; v += 1) x[v]! += coefficient * vl[v]!;
  }
  let sum = 0;
  for (let v = 0; v < size; v += 1) sum += x[v]!;
  const length = Math.sqrt(dot(x, x)) * Math.sign(sum);
  for (let v = 0; v < size; v += 1) x[v] = Math.abs(x[v]! / length);
  const ax = new Float64Array(size);
  multiply(adjacency, x, ax);
  let squares = 0;
  for (let v = 0; v < size; v += 1) squares += (ax[v]! - theta * x[v]!) ** 2;
  return Math.sqrt(squares) <= ACCEPTED_RESIDUAL * Math.max(1, Math.abs(theta)) ? x : null;
}

/**
 * Eigenvalues (descending) and eigenvectors (columns, row-major `dimension` × `dimension`) of the
 * leading `dimension` × `dimension` block of a symmetric matrix stored with row length `stride`:
 * cyclic Jacobi rotations (Golub & Van Loan, Algorithm 8.5.2), accurate to rounding.
 */
function jacobiEigen(
  matrix: Float64Array,
  stride: number,
  dimension: number,
): { values: Float64Array; vectors: Float64Array } {
  const d = dimension;
  const a = new Float64Array(d * d);
  for (let i = 0; i < d; i += 1) {
    for (let j = 0; j < d; j += 1) a[i * d + j] = matrix[i * stride + j]!;
  }
  const q = new Float64Array(d * d);
  for (let i = 0; i < d; i += 1) q[i * d + i] = 1;
  let total = 0;
  for (let i = 0; i < d * d; i += 1) total += a[i]! * a[i]!;
  // An off-diagonal entry below this moves no eigenvalue or eigenvector beyond rounding.
  const negligible = 1e-18 * Math.sqrt(total);
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let rotated = false;
    for (let p = 0; p < d - 1; p += 1) {
      for (let r = p + 1; r < d; r += 1) {
        const apr = a[p * d + r]!;
        if (Math.abs(apr) <= negligible) continue;
        rotated = true;
        const tau = (a[r * d + r]! - a[p * d + p]!) / (2 * apr);
        const t =
          tau >= 0 ? 1 / (tau + Math.sqrt(1 + tau * tau)) : -1 / (-tau + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        // a ← Jᵀ a J with J the rotation in the (p, r) plane, which zeroes a[p][r]; q ← q J.
        for (let k = 0; k < d; k += 1) {
          const akp = a[k * d + p]!;
          const akr = a[k * d + r]!;
          a[k * d + p] = c * akp - s * akr;
          a[k * d + r] = s * akp + c * akr;
        }
        for (let k = 0; k < d; k += 1) {
          const apk = a[p * d + k]!;
          const ark = a[r * d + k]!;
          a[p * d + k] = c * apk - s * ark;
          a[r * d + k] = s * apk + c * ark;
        }
        a[p * d + r] = 0;
        a[r * d + p] = 0;
        for (let k = 0; k < d; k += 1) {
          const qkp = q[k * d + p]!;
          const qkr = q[k * d + r]!;
          q[k * d + p] = c * qkp - s * qkr;
          q[k * d + r] = s * qkp + c * qkr;
        }
      }
    }
    if (!rotated) break;
  }
  const order = Array.from({ length: d }, (_, i) => i).sort(
    (x, y) => a[y * d + y]! - a[x * d + x]!,
  );
  const values = new Float64Array(d);
  const vectors = new Float64Array(d * d);
  order.forEach((column, rank) => {
    values[rank] = a[column * d + column]!;
    for (let k = 0; k < d; k += 1) vectors[k * d + rank] = q[k * d + column]!;
  });
  return { values, vectors };
}
