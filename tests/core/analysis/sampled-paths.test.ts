import { describe, expect, it } from 'vitest';
import {
  betweenness,
  betweennessFromSweep,
  sweepFor,
} from '../../../src/core/analysis/betweenness';
import { closeness, closenessFromSweep } from '../../../src/core/analysis/closeness';
import { components } from '../../../src/core/analysis/components';
import { indexNetwork, type NetworkIndex } from '../../../src/core/analysis/network-index';
import {
  EXACT_UP_TO,
  planFromBlocks,
  planSources,
  SAMPLED_SOURCES,
  type SourcePlan,
} from '../../../src/core/analysis/path-sources';
import { sweepShortestPaths } from '../../../src/core/analysis/path-sweep';
import { accuracyMeasured } from '../../../src/core/analysis/sampling-accuracy';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import { buildGraph } from '../../../src/core/model/graph';
import { BARBELL, FLORENTINE_MARRIAGES, indexOf, path, star } from './network-fixtures';

/** Distances and shortest-path counts between every two partners, one plain BFS each. */
function allPairs(index: NetworkIndex) {
  const n = index.ids.length;
  const distance = Array.from({ length: n }, () => new Array<number>(n).fill(-1));
  const paths = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let s = 0; s < n; s += 1) {
    const queue = [s];
    distance[s]![s] = 0;
    paths[s]![s] = 1;
    for (let head = 0; head < queue.length; head += 1) {
      const v = queue[head]!;
      for (let e = index.offsets[v]!; e < index.offsets[v + 1]!; e += 1) {
        const w = index.neighbours[e]!;
        if (distance[s]![w]! < 0) {
          distance[s]![w] = distance[s]![v]! + 1;
          queue.push(w);
        }
        if (distance[s]![w] === distance[s]![v]! + 1) paths[s]![w]! += paths[s]![v]!;
      }
    }
  }
  return { distance, paths };
}

/**
 * The estimator written out pair by pair: each drawn source s, weighted by w_s, adds for every
 * target t the share of shortest s–t paths through v times d(s, v) / d(s, t), and twice that sum,
 * normalised as networkx, is the betweenness; a partner that is no source has closeness r² / ((n − 1)
 * · Σ w'_s · d(s, v)), w'_s one less for the source of its own block.
 */
function bruteForce(index: NetworkIndex, plan: SourcePlan) {
  const n = index.ids.length;
  const { distance, paths } = allPairs(index);
  const { weights, blocks } = plan.estimate!;
  const betweennessOf = new Float64Array(n);
  const closenessOf = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    let share = 0;
    for (const s of plan.sources)
      for (let t = 0; t < n; t += 1) {
        const st = distance[s]![t]!;
        if (s === v || t === v || t === s || st < 0) continue;
        if (distance[s]![v]! < 0 || distance[s]![v]! + distance[v]![t]! !== st) continue;
        const through = (paths[s]![v]! * paths[v]![t]!) / paths[s]![t]!;
        share += weights[s]! * through * (distance[s]![v]! / st);
      }
    betweennessOf[v] = n > 2 ? (2 * share) / ((n - 1) * (n - 2)) : 0;
    const reachable = distance[v]!.filter((d) => d > 0);
    let total = 0;
    if (weights[v]! > 0) total = reachable.reduce((sum, d) => sum + d, 0);
    else
      for (const s of plan.sources) {
        if (distance[s]![v]! <= 0) continue;
        const own = blocks[v]! >= 0 && blocks[s] === blocks[v] ? 1 : 0;
        total += (weights[s]! - own) * distance[s]![v]!;
      }
    closenessOf[v] = total > 0 ? reachable.length ** 2 / total / (n - 1) : 0;
  }
  return { betweenness: betweennessOf, closeness: closenessOf };
}

function estimate(index: NetworkIndex, plan: SourcePlan) {
  const sweep = sweepShortestPaths(index, sweepFor(plan, true));
  return {
    closeness: closenessFromSweep(sweep, plan),
    betweenness: betweennessFromSweep(sweep, plan),
  };
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, digits: number) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i += 1) expect(actual[i]).toBeCloseTo(expected[i]!, digits);
}

/** The mean of the runs lies within four standard errors of the exact value. */
function expectWithinSpread(runs: number[], exact: number) {
  const mean = runs.reduce((sum, x) => sum + x, 0) / runs.length;
  const variance = runs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (runs.length - 1);
  expect(runs.length).toBeGreaterThan(100);
  expect(Math.abs(mean - exact)).toBeLessThanOrEqual(4 * Math.sqrt(variance / runs.length) + 1e-12);
}

/** Every partner a source standing for itself: the estimate's sums over all partners. */
function everyPartner(index: NetworkIndex): SourcePlan {
  const n = index.ids.length;
  return planFromBlocks(index, new Float64Array(n).fill(1), new Int32Array(n).fill(-1), null);
}

/** A district with a large sub-network, a few small ones and partners on their own. */
const district = () =>
  indexNetwork(buildGraph(generateNetwork({ partners: 160, seed: 5, meanDegree: 2.5 })));

describe('betweenness and closeness estimated from sampled sources', () => {
  it.each([
    ['a generated district in several sub-networks', district()],
    ["Padgett's Florentine families", indexOf(FLORENTINE_MARRIAGES)],
    ['the barbell beside a path and a lone partner', indexOf([...BARBELL, ...path(4)], {}, ['x'])],
  ])('equal the exact values when every partner is a source, on %s', (_name, index) => {
    const plan = everyPartner(index);
    const sweep = sweepShortestPaths(index, sweepFor(plan, true));
    expect(Array.from(sweep.sumsToSources)).toEqual(Array.from(sweep.distanceSums));
    const estimated = estimate(index, plan);
    expectClose(estimated.betweenness, betweenness(index).scores, 12);
    expectClose(estimated.closeness, closeness(index), 12);
  });

  it.each([
    [7, 1],
    [15, 4],
    [40, 9],
  ])('are the estimator written out pair by pair, %i sources (seed %i)', (samples, seed) => {
    const index = district();
    const plan = planSources(index, { samples, seed });
    expect(plan.estimate).not.toBeNull();
    const expected = bruteForce(index, plan);
    const estimated = estimate(index, plan);
    expectClose(estimated.betweenness, expected.betweenness, 12);
    expectClose(estimated.closeness, expected.closeness, 12);
  });

  it('hit the exact values on average over many samples (betweenness, and the distance sums)', () => {
    const index = indexNetwork(buildGraph(generateNetwork({ partners: 45, seed: 3 })));
    const n = index.ids.length;
    const exactCloseness = closeness(index);
    // Closeness is averaged as its distance sum, r² / ((n − 1) · closeness), over the runs where
    // the partner was no source: that sum is unbiased, its reciprocal is not.
    const distanceSum = (closenessOf: number, r: number) => (r * r) / ((n - 1) * closenessOf);
    const betweennessRuns = Array.from({ length: n }, () => [] as number[]);
    const distanceRuns = Array.from({ length: n }, () => [] as number[]);
    for (let seed = 1; seed <= 400; seed += 1) {
      const plan = planSources(index, { samples: 9, seed });
      const estimated = estimate(index, plan);
      for (let v = 0; v < n; v += 1) {
        betweennessRuns[v]!.push(estimated.betweenness[v]!);
        if (plan.estimate!.weights[v]! > 0) continue;
        distanceRuns[v]!.push(distanceSum(estimated.closeness[v]!, plan.estimate!.reachable[v]!));
      }
    }
    const exactBetweenness = betweenness(index).scores;
    for (let v = 0; v < n; v += 1) {
      expectWithinSpread(betweennessRuns[v]!, exactBetweenness[v]!);
      expectWithinSpread(distanceRuns[v]!, distanceSum(exactCloseness[v]!, n - 1));
    }
  });

  it('give the same values for the same seed, other values for another', () => {
    const index = district();
    const first = estimate(index, planSources(index, { samples: 20, seed: 3 }));
    const again = estimate(index, planSources(index, { samples: 20, seed: 3 }));
    const other = estimate(index, planSources(index, { samples: 20, seed: 4 }));
    expect(again.betweenness).toEqual(first.betweenness);
    expect(again.closeness).toEqual(first.closeness);
    expect(other.betweenness).not.toEqual(first.betweenness);
  });
});

describe('the sources of the sweep: exact below a size, sampled above', () => {
  it('draws k sources in each sub-network larger than k, standing for all its partners, and sweeps smaller ones whole', () => {
    const index = district();
    const { membership, sizes } = components(index);
    const plan = planSources(index, { samples: 12, seed: 2 });
    const { weights } = plan.estimate!;
    sizes.forEach((size, c) => {
      const members = membership.reduce<number[]>(
        (list, m, i) => (m === c ? [...list, i] : list),
        [],
      );
      const drawn = members.filter((i) => weights[i]! > 0);
      expect(drawn.length).toBe(Math.min(12, size));
      expect(drawn.reduce((total, i) => total + weights[i]!, 0)).toBe(size);
    });
    expect(plan.estimatedPartners).toBe(
      sizes.filter((size) => size > 12).reduce((a, b) => a + b, 0),
    );
    expect(plan.sampling).toEqual({ samples: 12, seed: 2 });
  });

  it('is exact when asked, or when the sample would hold every partner', () => {
    const index = indexOf(FLORENTINE_MARRIAGES);
    for (const choice of ['exact', 'auto', { samples: 15 }] as const) {
      const plan = planSources(index, choice);
      expect(plan.estimate).toBeNull();
      expect(plan.sources.length).toBe(15);
    }
  });

  it(`samples ${SAMPLED_SOURCES} sources by itself above ${EXACT_UP_TO} partners, not at ${EXACT_UP_TO}`, () => {
    const at = planSources(indexOf(star(EXACT_UP_TO - 1)));
    expect(at.estimate).toBeNull();
    const above = planSources(indexOf(star(EXACT_UP_TO)));
    expect(above.sources.length).toBe(SAMPLED_SOURCES);
    expect(above.sampling).toEqual({ samples: SAMPLED_SOURCES, seed: 1 });
    expect(above.estimatedPartners).toBe(EXACT_UP_TO + 1);
  });
});

describe('how many sources the policy draws', () => {
  it('draws a number measured to keep the top 100 in order (ρ ≥ 0.95) and closeness within 1 %', () => {
    const measured = accuracyMeasured(SAMPLED_SOURCES);
    expect(measured).not.toBeNull();
    expect(measured!.betweennessTop100RankCorrelationMin).toBeGreaterThanOrEqual(0.95);
    expect(measured!.closenessMaxError).toBeLessThanOrEqual(0.01);
    expect(Math.min(...measured!.networkPartners)).toBeGreaterThanOrEqual(EXACT_UP_TO);
  });
});
