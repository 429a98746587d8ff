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
 * Batches of sources in one part of a sweep: progress is reported, and a stop asked for is seen,
 * between parts. The parts are fixed by the sources alone, never by how many threads sweep them,
 * and their sums are added up in part order: one, two or eight threads give the same numbers, bit
 * for bit.
 */
const BATCHES_PER_PART = SOURCES_PER_REPORT / BATCH;

/**
 * Everything a sweep needs, in typed arrays and plain numbers only, so that it can be copied to
 * another thread (structured clone) and swept there part by part with {@link sweepPart}.
 */
export interface SweepInput {
  /** Partners in the network. */
  n: number;
  /** The network in locality order (see `locality-order.ts`): offsets, length n + 1. */
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Index position of each partner in locality order. */
  original: Int32Array;
  /** The sources searched, in locality order, ascending. */
  swept: Int32Array;
  /** By locality order: how many single-tie partners are folded into the partner's sweep. */
  leaves: Int32Array;
  dependencies: boolean;
  /** For an estimate only (see {@link SweepRequest.estimate}), by index position; else null. */
  weights: Float64Array | null;
  blocks: Int32Array | null;
  /** Sources of the request (folded leaves and isolates included), for progress. */
  sources: number;
  step: string;
}

/**
 * The sweep of a request made ready for {@link sweepPart}: the network in locality order, the
 * sources to search, and, when every partner is a source, a partner with a single tie (a leaf)
 * not swept itself (Baglioni et al. 2012): from leaf v beside u, every shortest path runs through
 * u and then as from u, so δ_v(x) = δ_u(x) for every other x, δ_v(u) counts the partners u
 * reaches other than v, and v's distances are u's plus one. u's sweep is counted once for itself
 * and once for each of its leaves.
 */
export function prepareSweep(index: NetworkIndex, request: SweepRequest): SweepInput {
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
  return {
    n,
    offsets,
    neighbours,
    original,
    swept: Int32Array.from(swept),
    leaves,
    dependencies: request.dependencies,
    weights: estimate?.weights ?? null,
    blocks: estimate?.blocks ?? null,
    sources: request.sources.length,
    step: request.step,
  };
}

/** How many parts {@link sweepPart} cuts a sweep into (0 when no source has a tie). */
export function sweepPartCount(input: SweepInput): number {
  return Math.ceil(Math.ceil(input.swept.length / BATCH) / BATCHES_PER_PART);
}

/**
 * Sources a part searches itself: its share of the sweep's progress (folded leaves and partners
 * without ties count as done from the start).
 */
export function sweptInPart(input: SweepInput, part: number): number {
  const from = part * BATCHES_PER_PART * BATCH;
  return Math.max(0, Math.min(input.swept.length, from + BATCHES_PER_PART * BATCH) - from);
}

/** Memory a thread reuses from part to part; made by {@link sweepWorkspace}. */
export interface SweepWorkspace {
  seen: Int32Array;
  nextMask: Int32Array;
  successorMask: Int32Array;
  paths: Float64Array;
  entryPartner: Int32Array;
  entryMask: Int32Array;
  levelStart: Int32Array;
  bitOfBlock: Int32Array;
}

export function sweepWorkspace(input: SweepInput): SweepWorkspace {
  const { n, blocks } = input;
  const bitOfBlock = new Int32Array(
    blocks === null ? 0 : blocks.reduce((most, b) => Math.max(most, b + 1), 0),
  );
  bitOfBlock.fill(-1);
  return {
    seen: new Int32Array(n),
    nextMask: new Int32Array(n),
    successorMask: new Int32Array(n),
    // σ_sv during the forward pass; (1 + δ_s(v)) / σ_sv once v's dependency is known, which is
    // all that its predecessors read from it (linearly scaled: (1 / d(s, v) + δ'_s(v)) / σ_sv,
    // where δ'_s(v) sums 1 / d(s, t) over the pairs' shares). One array instead of two halves the
    // memory the batch walks.
    paths: new Float64Array(input.dependencies ? n * BATCH : 0),
    entryPartner: new Int32Array(n * BATCH),
    entryMask: new Int32Array(n * BATCH),
    levelStart: new Int32Array(n + 2),
    bitOfBlock,
  };
}

/** A sweep with nothing added yet: what parts are added to. */
export function emptySweep(input: SweepInput): PathSweep {
  const { n } = input;
  return {
    dependencies: new Float64Array(n),
    distanceSums: new Float64Array(n),
    reached: new Int32Array(n),
    sumsToSources: new Float64Array(input.weights === null ? 0 : n),
  };
}

/**
 * Adds a part's sums to the sweep's. Called for the parts in their order, whichever thread swept
 * them; distances and reach are each a source's own and come from one part only.
 */
export function addSweepPart(total: PathSweep, part: PathSweep): void {
  const add = (into: Float64Array | Int32Array, from: Float64Array | Int32Array) => {
    for (let i = 0; i < into.length; i += 1) into[i]! += from[i]!;
  };
  add(total.dependencies, part.dependencies);
  add(total.distanceSums, part.distanceSums);
  add(total.reached, part.reached);
  add(total.sumsToSources, part.sumsToSources);
}

/**
 * Breadth-first searches from many sources with Brandes' (2001) dependency accumulation, run 32
 * sources at a time as a multi-source BFS (Then et al. 2014): one pass over a partner's ties serves
 * every source whose frontier holds the partner, and each partner's path counts for the batch lie
 * side by side in memory. The backward pass gathers from successors only, found as the partners one
 * level further from the same source. The sweep is cut into parts (see {@link sweepPart}) swept one
 * after the other here; other threads may sweep them side by side (`parallel-sweep.ts`) with the
 * same result.
 */
export function sweepShortestPaths(
  index: NetworkIndex,
  request: SweepRequest,
  hooks?: ProgressHooks,
): PathSweep {
  return sweepPrepared(prepareSweep(index, request), hooks);
}

/** {@link sweepShortestPaths} of a prepared sweep, every part in this thread. */
export function sweepPrepared(input: SweepInput, hooks?: ProgressHooks): PathSweep {
  const total = emptySweep(input);
  const workspace = sweepWorkspace(input);
  let done = input.sources - input.swept.length;
  for (let part = 0, parts = sweepPartCount(input); part < parts; part += 1) {
    checkStop(hooks);
    hooks?.onProgress?.(done, input.sources, input.step);
    addSweepPart(total, sweepPart(input, part, workspace));
    done += sweptInPart(input, part);
  }
  hooks?.onProgress?.(input.sources, input.sources, input.step);
  return total;
}

/**
 * One part of a sweep: its sources' searches, their sums starting from zero. Pure: the same input
 * and part give the same numbers in any thread. `workspace` is the thread's reusable memory.
 */
export function sweepPart(
  input: SweepInput,
  part: number,
  workspace: SweepWorkspace = sweepWorkspace(input),
): PathSweep {
  const { offsets, neighbours, original, swept, leaves, weights } = input;
  const { seen, nextMask, successorMask, paths, entryPartner, entryMask, levelStart, bitOfBlock } =
    workspace;
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const { dependencies, distanceSums, reached, sumsToSources } = emptySweep(input);
  const blockOf = input.blocks ?? new Int32Array(0);
  const stride = input.dependencies ? BATCH : 0;
  const gathered = new Float64Array(BATCH);
  const weight = new Float64Array(BATCH);
  const batchSums = new Float64Array(BATCH);
  const batchReached = new Int32Array(BATCH);
  const end = Math.min(swept.length, (part + 1) * BATCHES_PER_PART * BATCH);

  for (let first = part * BATCHES_PER_PART * BATCH; first < end; first += BATCH) {
    const count = Math.min(BATCH, end - first);
    let entries = 0;
    for (let b = 0; b < count; b += 1) {
      const s = swept[first + b]!;
      seen[s] = 1 << b;
      if (stride > 0) paths[s * stride + b] = 1;
      weight[b] = weights === null ? 1 + leaves[s]! : weights[original[s]!]!;
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
      for (let i = levelStart[levels]!, stop = levelStart[levels + 1]!; i < stop; i += 1) {
        const v = entryPartner[i]!;
        const mask = entryMask[i]!;
        for (let e = offsets[v]!, last = offsets[v + 1]!; e < last; e += 1) {
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
        let weightsHere = 0;
        for (let bits = mask; bits !== 0; bits &= bits - 1) {
          const b = 31 - Math.clz32(bits & -bits);
          batchSums[b]! += levels;
          batchReached[b]! += 1;
          weightsHere += weight[b]!;
        }
        if (weights !== null) {
          // The source of w's own block stands for the block's other partners only: w is no source.
          const block = blockOf[original[w]!]!;
          const ownBit = block >= 0 ? bitOfBlock[block]! : -1;
          const own = ownBit >= 0 && ((mask >>> ownBit) & 1) === 1 ? 1 : 0;
          sumsToSources[original[w]!]! += levels * (weightsHere - own);
        }
      }
      levelStart[levels + 1] = entries;
    }

    // Backward: δ_s(v) = σ_sv · Σ over successors w of (1 + δ_s(w)) / σ_sw, farthest level first;
    // linearly scaled, δ'_s(v) = σ_sv · Σ (1 / d(s, w) + δ'_s(w)) / σ_sw and v gets d(s, v) · δ'_s(v).
    for (let level = levels - 1; stride > 0 && level >= 1; level -= 1) {
      const target = weights === null ? 1 : 1 / level;
      const scaling = weights === null ? 1 : level;
      for (let i = levelStart[level + 1]!; i < levelStart[level + 2]!; i += 1)
        successorMask[entryPartner[i]!] = entryMask[i]!;
      for (let i = levelStart[level]!, stop = levelStart[level + 1]!; i < stop; i += 1) {
        const v = entryPartner[i]!;
        const mask = entryMask[i]!;
        for (let bits = mask; bits !== 0; bits &= bits - 1)
          gathered[31 - Math.clz32(bits & -bits)] = 0;
        for (let e = offsets[v]!, last = offsets[v + 1]!; e < last; e += 1) {
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
  }
  return { dependencies, distanceSums, reached, sumsToSources };
}
