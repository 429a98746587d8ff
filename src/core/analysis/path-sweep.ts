import { localityOrder } from './locality-order';
import type { NetworkIndex } from './network-index';
import type { SourceSample } from './path-sources';
import { checkStop, SOURCES_PER_REPORT, type ProgressHooks } from './progress';

/** What the breadth-first sweeps from a set of sources yield, by index position. */
export interface PathSweep {
  /**
   * Σ over the sources s of Brandes' dependency δ_s(v), for an estimate linearly scaled and weighted
   * (see {@link SweepRequest.estimate}); all 0 when dependencies were not asked for.
   */
  dependencies: Float64Array;
  /** For each source: sum of hop distances to the partners it reaches. */
  distanceSums: Float64Array;
  /** For each source: how many other partners it reaches. */
  reached: Int32Array;
  /**
   * For an estimate only (else empty): for each partner v, Σ w_s · d(s, v) over the other sources s
   * that reach it, with their weights w_s, less one for the source of v's own block (see
   * {@link SweepRequest.estimate}). Distances are the same both ways in an undirected network, so
   * this weighs the partner's own distances to those sources.
   */
  sumsToSources: Float64Array;
}

export interface SweepRequest {
  /** Source partners by index position, each at most once. */
  sources: Int32Array;
  /** Accumulate Brandes' dependencies (betweenness) or only count distances (closeness). */
  dependencies: boolean;
  /** Name of the step in progress reports. */
  step: string;
  /**
   * Sweeping a sample of sources for an estimate: `weights` holds, by index position, how many
   * partners each source stands for, `blocks` the block each partner belongs to (one source drawn
   * from each; −1 where every partner is a source). A source's dependencies are then its weight
   * times their linear scaling (Geisberger, Sanders & Schultes 2008): the pair (s, t) adds
   * d(s, v) / d(s, t) to a partner v on a shortest path between them, so that from both ends a pair
   * adds its whole share once, most of it from the end farther from v. Each partner's distances to
   * the sources are summed (see `sumsToSources`), and leaves are swept as any other source.
   */
  estimate?: Pick<SourceSample, 'weights' | 'blocks'>;
}

/** Sources swept together: one bit each in a 32-bit mask. */
const BATCH = 32;

/**
 * Breadth-first searches from many sources with Brandes' (2001) dependency accumulation, run 32
 * sources at a time as a multi-source BFS (Then et al. 2014): one pass over a partner's ties serves
 * every source whose frontier holds the partner, and each partner's path counts for the batch lie
 * side by side in memory. The backward pass gathers from successors only, found as the partners one
 * level further from the same source.
 *
 * When every partner is a source, a partner with a single tie (a leaf) is not swept itself
 * (Baglioni et al. 2012): from leaf v beside u, every shortest path runs through u and then as from u,
 * so δ_v(x) = δ_u(x) for every other x, δ_v(u) counts the partners u reaches other than v, and v's
 * distances are u's plus one. u's sweep is counted once for itself and once for each of its leaves.
 */
export function sweepShortestPaths(
  index: NetworkIndex,
  request: SweepRequest,
  hooks?: ProgressHooks,
): PathSweep {
  const n = index.ids.length;
  const { offsets, neighbours, original, local } = localityOrder(index);
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const estimate = request.estimate;
  const foldLeaves = request.sources.length === n && estimate === undefined;
  const leaves = new Int32Array(n);
  const swept: number[] = [];
  for (const source of request.sources) {
    const v = local[source]!;
    if (degree(v) === 0) continue;
    if (foldLeaves && degree(v) === 1 && degree(neighbours[offsets[v]!]!) > 1)
      leaves[neighbours[offsets[v]!]!]! += 1;
    else swept.push(v);
  }
  swept.sort((a, b) => a - b);

  const dependencies = new Float64Array(n);
  const distanceSums = new Float64Array(n);
  const reached = new Int32Array(n);
  const sumsToSources = new Float64Array(estimate === undefined ? 0 : n);
  const blockOf = estimate?.blocks ?? new Int32Array(0);
  const bitOfBlock = new Int32Array(blockOf.reduce((most, block) => Math.max(most, block + 1), 0));
  bitOfBlock.fill(-1);
  const seen = new Int32Array(n);
  const nextMask = new Int32Array(n);
  const successorMask = new Int32Array(n);
  const stride = request.dependencies ? BATCH : 0;
  // σ_sv during the forward pass; (1 + δ_s(v)) / σ_sv once v's dependency is known, which is all
  // that its predecessors read from it (linearly scaled: (1 / d(s, v) + δ'_s(v)) / σ_sv, where
  // δ'_s(v) sums 1 / d(s, t) over the pairs' shares). One array instead of two halves the memory
  // the batch walks.
  const paths = new Float64Array(n * stride);
  const gathered = new Float64Array(BATCH);
  const weight = new Float64Array(BATCH);
  const batchSums = new Float64Array(BATCH);
  const batchReached = new Int32Array(BATCH);
  const entryPartner = new Int32Array(n * BATCH);
  const entryMask = new Int32Array(n * BATCH);
  const levelStart = new Int32Array(n + 2);
  let done = request.sources.length - swept.length;
  let reported = -SOURCES_PER_REPORT;

  for (let first = 0; first < swept.length; first += BATCH) {
    if (done - reported >= SOURCES_PER_REPORT) {
      checkStop(hooks);
      hooks?.onProgress?.(done, request.sources.length, request.step);
      reported = done;
    }
    const count = Math.min(BATCH, swept.length - first);
    let entries = 0;
    for (let b = 0; b < count; b += 1) {
      const s = swept[first + b]!;
      seen[s] = 1 << b;
      if (stride > 0) paths[s * stride + b] = 1;
      weight[b] = estimate === undefined ? 1 + leaves[s]! : estimate.weights[original[s]!]!;
      if (blockOf.length > 0 && blockOf[original[s]!]! >= 0) bitOfBlock[blockOf[original[s]!]!] = b;
      batchSums[b] = 0;
      batchReached[b] = 0;
      entryPartner[entries] = s;
      entryMask[entries++] = 1 << b;
    }

    // Forward: level by level; a partner's entry holds the sources for which it lies at that level.
    levelStart[1] = entries;
    let levels = 0;
    while (levelStart[levels + 1]! > levelStart[levels]!) {
      for (let i = levelStart[levels]!, end = levelStart[levels + 1]!; i < end; i += 1) {
        const v = entryPartner[i]!;
        const mask = entryMask[i]!;
        for (let e = offsets[v]!, stop = offsets[v + 1]!; e < stop; e += 1) {
          const w = neighbours[e]!;
          let fresh = mask & ~seen[w]!;
          if (fresh === 0) continue;
          if (nextMask[w] === 0) entryPartner[entries++] = w;
          nextMask[w]! |= fresh;
          for (; stride > 0 && fresh !== 0; fresh &= fresh - 1) {
            const b = 31 - Math.clz32(fresh & -fresh);
            paths[w * stride + b]! += paths[v * stride + b]!;
          }
        }
      }
      levels += 1;
      for (let i = levelStart[levels]!; i < entries; i += 1) {
        const w = entryPartner[i]!;
        const mask = nextMask[w]!;
        entryMask[i] = mask;
        seen[w]! |= mask;
        nextMask[w] = 0;
        let weights = 0;
        for (let bits = mask; bits !== 0; bits &= bits - 1) {
          const b = 31 - Math.clz32(bits & -bits);
          batchSums[b]! += levels;
          batchReached[b]! += 1;
          weights += weight[b]!;
        }
        if (estimate !== undefined) {
          // The source of w's own block stands for the block's other partners only: w is no source.
          const block = blockOf[original[w]!]!;
          const ownBit = block >= 0 ? bitOfBlock[block]! : -1;
          const own = ownBit >= 0 && ((mask >>> ownBit) & 1) === 1 ? 1 : 0;
          sumsToSources[original[w]!]! += levels * (weights - own);
        }
      }
      levelStart[levels + 1] = entries;
    }

    // Backward: δ_s(v) = σ_sv · Σ over successors w of (1 + δ_s(w)) / σ_sw, farthest level first;
    // linearly scaled, δ'_s(v) = σ_sv · Σ (1 / d(s, w) + δ'_s(w)) / σ_sw and v gets d(s, v) · δ'_s(v).
    for (let level = levels - 1; stride > 0 && level >= 1; level -= 1) {
      const target = estimate === undefined ? 1 : 1 / level;
      const scaling = estimate === undefined ? 1 : level;
      for (let i = levelStart[level + 1]!; i < levelStart[level + 2]!; i += 1)
        successorMask[entryPartner[i]!] = entryMask[i]!;
      for (let i = levelStart[level]!, end = levelStart[level + 1]!; i < end; i += 1) {
        const v = entryPartner[i]!;
        const mask = entryMask[i]!;
        for (let bits = mask; bits !== 0; bits &= bits - 1)
          gathered[31 - Math.clz32(bits & -bits)] = 0;
        for (let e = offsets[v]!, stop = offsets[v + 1]!; e < stop; e += 1) {
          const w = neighbours[e]!;
          for (let bits = mask & successorMask[w]!; bits !== 0; bits &= bits - 1) {
            const b = 31 - Math.clz32(bits & -bits);
            gathered[b]! += paths[w * stride + b]!;
          }
        }
        let total = 0;
        for (let bits = mask; bits !== 0; bits &= bits - 1) {
          const b = 31 - Math.clz32(bits & -bits);
          const pathsToV = paths[v * stride + b]!;
          const dependency = pathsToV * gathered[b]!;
          total += scaling * dependency * weight[b]!;
          paths[v * stride + b] = (target + dependency) / pathsToV;
        }
        dependencies[original[v]!]! += total;
      }
      for (let i = levelStart[level + 1]!; i < levelStart[level + 2]!; i += 1)
        successorMask[entryPartner[i]!] = 0;
    }

    for (let b = 0; b < count; b += 1) {
      const s = swept[first + b]!;
      if (blockOf.length > 0 && blockOf[original[s]!]! >= 0)
        bitOfBlock[blockOf[original[s]!]!] = -1;
      distanceSums[original[s]!] = batchSums[b]!;
      reached[original[s]!] = batchReached[b]!;
      if (leaves[s]! === 0) continue;
      if (stride > 0) dependencies[original[s]!]! += leaves[s]! * (batchReached[b]! - 1);
      for (let e = offsets[s]!; e < offsets[s + 1]!; e += 1) {
        const leaf = neighbours[e]!;
        if (degree(leaf) !== 1) continue;
        distanceSums[original[leaf]!] = batchSums[b]! + batchReached[b]! - 1;
        reached[original[leaf]!] = batchReached[b]!;
      }
    }
    for (let i = 0; i < entries; i += 1) {
      const v = entryPartner[i]!;
      seen[v] = 0;
      for (let bits = entryMask[i]!; stride > 0 && bits !== 0; bits &= bits - 1) {
        const b = 31 - Math.clz32(bits & -bits);
        paths[v * stride + b] = 0;
      }
    }
    done += count;
  }
  hooks?.onProgress?.(request.sources.length, request.sources.length, request.step);
  return { dependencies, distanceSums, reached, sumsToSources };
}
