import { components } from './components';
import { localityOrder } from './locality-order';
import type { NetworkIndex } from './network-index';
import { mulberry32 } from './random';

/**
 * The core's policy for large networks, the same in the app and the command line: betweenness and
 * closeness search shortest paths from every partner up to {@link EXACT_UP_TO} partners, and above
 * that from {@link SAMPLED_SOURCES} partners drawn at random (seed {@link SAMPLE_SEED}) in each
 * sub-network larger than that. How accurate that is was measured on generated networks, not
 * derived: see `sampling-accuracy.ts` and docs/benchmarks.md.
 */
export const EXACT_UP_TO = 10_000;
export const SAMPLED_SOURCES = 4_000;
export const SAMPLE_SEED = 1;

/**
 * How the shortest paths are searched: as the policy says ('auto'), from every partner ('exact'), or
 * from `samples` partners drawn in each sub-network larger than that.
 */
export type PathSampling = 'auto' | 'exact' | { samples: number; seed?: number };

/** What an estimate from drawn sources needs to know of them, by index position. */
export interface SourceSample {
  /** How many partners each source stands for: its block's size, 1 where all are sources; else 0. */
  weights: Float64Array;
  /**
   * The block each partner belongs to, one source drawn uniformly from each; −1 where every partner
   * of its sub-network is a source.
   */
  blocks: Int32Array;
  /** How many other partners each partner reaches (its sub-network's size − 1). */
  reachable: Int32Array;
}

/** The sources of one analysis' shortest-path sweep. */
export interface SourcePlan {
  /** Source partners by index position, ascending. */
  sources: Int32Array;
  /** Null when every partner is a source: betweenness and closeness are exact. */
  estimate: SourceSample | null;
  /** Sampled only: the sources drawn in each sub-network larger than that, and the seed. */
  sampling: { samples: number; seed: number } | null;
  /** Partners whose betweenness and closeness are estimates: those of the sampled sub-networks. */
  estimatedPartners: number;
}

/** The sources for a choice of sampling; the same choice and network give the same sources. */
export function planSources(index: NetworkIndex, choice: PathSampling = 'auto'): SourcePlan {
  const n = index.ids.length;
  const sampling =
    choice === 'exact' || (choice === 'auto' && n <= EXACT_UP_TO)
      ? null
      : choice === 'auto'
        ? { samples: SAMPLED_SOURCES, seed: SAMPLE_SEED }
        : { samples: Math.max(1, Math.floor(choice.samples)), seed: choice.seed ?? SAMPLE_SEED };
  if (sampling === null || sampling.samples >= n) {
    const all = Int32Array.from({ length: n }, (_value, i) => i);
    return { sources: all, estimate: null, sampling: null, estimatedPartners: 0 };
  }
  // The partners in breadth-first order from each sub-network's best-connected partner: each
  // sub-network is one run, and partners near each other in the network are near in the run.
  // A sub-network of c > k partners is cut into k consecutive blocks of ⌊c / k⌋ or ⌈c / k⌉ partners
  // and one source drawn from each (stratified sampling): the sources spread over the whole
  // sub-network, from its centre to its edges, and each stands for the partners of its block. Every
  // partner is drawn with the probability 1 / (its block's size), so the weighted estimates are
  // unbiased (Horvitz & Thompson 1952). Smaller sub-networks are swept from every partner;
  // together this costs at most twice k sweeps of the whole network.
  const { original } = localityOrder(index);
  const { membership } = components(index);
  const random = mulberry32(sampling.seed);
  const k = sampling.samples;
  const weights = new Float64Array(n);
  const blocks = new Int32Array(n).fill(-1);
  let block = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && membership[original[end]!] === membership[original[start]!]) end += 1;
    const c = end - start;
    if (c <= k) for (let i = start; i < end; i += 1) weights[original[i]!] = 1;
    else
      for (let b = 0; b < k; b += 1, block += 1) {
        const from = start + Math.floor((b * c) / k);
        const to = start + Math.floor(((b + 1) * c) / k);
        for (let i = from; i < to; i += 1) blocks[original[i]!] = block;
        weights[original[from + Math.floor(random() * (to - from))]!] = to - from;
      }
    start = end;
  }
  return planFromBlocks(index, weights, blocks, sampling);
}

/**
 * The plan for sources drawn by the caller: `blocks` numbers each partner's block (−1 where all
 * partners of a sub-network are sources), one source drawn uniformly from each block, and `weights`
 * gives each source its block's size (1 where all are sources), 0 for the other partners. With
 * every partner a source of weight 1 the estimates equal the exact values.
 */
export function planFromBlocks(
  index: NetworkIndex,
  weights: Float64Array,
  blocks: Int32Array,
  sampling: SourcePlan['sampling'],
): SourcePlan {
  const n = index.ids.length;
  const { membership, sizes } = components(index);
  const chosen: number[] = [];
  const sourcesIn = new Int32Array(sizes.length);
  for (let i = 0; i < n; i += 1) {
    if (weights[i]! <= 0) continue;
    chosen.push(i);
    sourcesIn[membership[i]!]! += 1;
  }
  const reachable = new Int32Array(n);
  let estimatedPartners = 0;
  for (let i = 0; i < n; i += 1) {
    const c = membership[i]!;
    reachable[i] = sizes[c]! - 1;
    if (sourcesIn[c]! < sizes[c]!) estimatedPartners += 1;
  }
  return {
    sources: Int32Array.from(chosen),
    estimate: { weights, blocks, reachable },
    sampling,
    estimatedPartners,
  };
}
