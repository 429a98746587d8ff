import { describe, expect, it } from 'vitest';
import { localityOrder } from '../../../src/core/analysis/locality-order';
import { indexNetwork, type NetworkIndex } from '../../../src/core/analysis/network-index';
import { sweepShortestPaths } from '../../../src/core/analysis/path-sweep';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import { buildGraph } from '../../../src/core/model/graph';
import { BARBELL, indexOf, path, star, type Tie } from './network-fixtures';

/** Brandes (2001) one source at a time, written as plainly as the paper: the yardstick. */
function plainSweep(index: NetworkIndex, sources: Iterable<number>) {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const dependencies = new Float64Array(n);
  const distanceSums = new Float64Array(n);
  const reached = new Int32Array(n);
  for (const s of sources) {
    const distance = new Array<number>(n).fill(-1);
    const paths = new Array<number>(n).fill(0);
    const predecessors: number[][] = Array.from({ length: n }, () => []);
    const order: number[] = [s];
    distance[s] = 0;
    paths[s] = 1;
    for (let head = 0; head < order.length; head += 1) {
      const v = order[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
        const w = neighbours[e]!;
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          order.push(w);
        }
        if (distance[w] === distance[v]! + 1) {
          paths[w]! += paths[v]!;
          predecessors[w]!.push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    for (const w of order.slice(1).reverse()) {
      for (const v of predecessors[w]!) delta[v]! += (paths[v]! / paths[w]!) * (1 + delta[w]!);
      dependencies[w]! += delta[w]!;
    }
    reached[s] = order.length - 1;
    distanceSums[s] = order.reduce((sum, v) => sum + distance[v]!, 0);
  }
  return { dependencies, distanceSums, reached };
}

function allPartners(index: NetworkIndex): Int32Array {
  return Int32Array.from(index.ids, (_id, i) => i);
}

function expectSameSweep(index: NetworkIndex, sources: Int32Array) {
  const batched = sweepShortestPaths(index, { sources, dependencies: true, step: 'betweenness' });
  const plain = plainSweep(index, sources);
  plain.dependencies.forEach((value, i) => expect(batched.dependencies[i]).toBeCloseTo(value, 9));
  for (const s of sources) {
    expect(batched.distanceSums[s]).toBe(plain.distanceSums[s]);
    expect(batched.reached[s]).toBe(plain.reached[s]);
  }
}

/** A coordinator with many single contacts, two partners tied only to each other, and a lone one. */
const COORDINATOR_WITH_SINGLE_CONTACTS: readonly Tie[] = [
  ...star(6).map(([, leaf]): Tie => ['Jugendamt', leaf]),
  ['Jugendamt', 'Kita Nord'],
  ['Kita Nord', 'Kita Süd'],
  ['Kita Süd', 'Jugendamt'],
  ['Kita Süd', 'Hebamme'],
  ['Schule A', 'Schule B'],
];

describe('shortest-path sweeps, 32 sources at a time', () => {
  it.each([
    [
      'a generated district of 300 partners (ten batches)',
      indexNetwork(buildGraph(generateNetwork({ partners: 300, seed: 5 }))),
    ],
    [
      'a sparse generated network with many single-tie partners',
      indexNetwork(buildGraph(generateNetwork({ partners: 400, seed: 8, meanDegree: 2 }))),
    ],
    [
      'a coordinator with single contacts, a pair and a lone partner',
      indexOf(COORDINATOR_WITH_SINGLE_CONTACTS, {}, ['Familiengericht']),
    ],
    ['a star', indexOf(star(40))],
    ['a path of 70 partners', indexOf(path(70))],
    ['the barbell', indexOf(BARBELL)],
  ])('agree with the plain one-source-at-a-time algorithm on %s', (_name, index) => {
    expectSameSweep(index, allPartners(index));
  });

  it('agree with the plain algorithm from a sample of sources, where single-tie partners are swept themselves', () => {
    const index = indexNetwork(
      buildGraph(generateNetwork({ partners: 400, seed: 8, meanDegree: 2 })),
    );
    const sources = Int32Array.from({ length: 90 }, (_value, i) => (i * 37) % 400);
    expectSameSweep(index, sources);
  });

  it('only count distances when no dependencies are asked for', () => {
    const index = indexOf(COORDINATOR_WITH_SINGLE_CONTACTS);
    const sweep = sweepShortestPaths(index, {
      sources: allPartners(index),
      dependencies: false,
      step: 'closeness',
    });
    const plain = plainSweep(index, allPartners(index));
    expect(Array.from(sweep.dependencies).every((value) => value === 0)).toBe(true);
    expect(sweep.distanceSums).toEqual(plain.distanceSums);
    expect(sweep.reached).toEqual(plain.reached);
  });

  it('report progress by source up to the total and stop when asked', () => {
    const index = indexNetwork(buildGraph(generateNetwork({ partners: 700, seed: 2 })));
    const seen: number[] = [];
    sweepShortestPaths(
      index,
      { sources: allPartners(index), dependencies: true, step: 'betweenness' },
      {
        onProgress: (done, total) => seen.push(done / total),
      },
    );
    expect(seen.every((share, i) => i === 0 || share >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(1);
    let asked = 0;
    const stopped = () =>
      sweepShortestPaths(
        index,
        { sources: allPartners(index), dependencies: true, step: 'betweenness' },
        { shouldStop: () => ++asked > 1 },
      );
    expect(stopped).toThrow('analysis cancelled');
  });
});

describe('locality order', () => {
  it('renumbers every partner once and keeps every tie', () => {
    const index = indexNetwork(buildGraph(generateNetwork({ partners: 250, seed: 3 })));
    const order = localityOrder(index);
    expect([...order.original].sort((a, b) => a - b)).toEqual([...allPartners(index)]);
    order.original.forEach((position, i) => expect(order.local[position]).toBe(i));
    for (let i = 0; i < index.ids.length; i += 1) {
      const v = order.original[i]!;
      const renumbered = Array.from(
        order.neighbours.subarray(order.offsets[i]!, order.offsets[i + 1]!),
        (w) => order.original[w]!,
      );
      expect(renumbered.sort((a, b) => a - b)).toEqual(
        Array.from(index.neighbours.subarray(index.offsets[v]!, index.offsets[v + 1]!)).sort(
          (a, b) => a - b,
        ),
      );
    }
  });

  it('starts with the partner that has the most ties', () => {
    const index = indexOf(COORDINATOR_WITH_SINGLE_CONTACTS);
    expect(index.ids[localityOrder(index).original[0]!]).toBe('Jugendamt');
  });
});
