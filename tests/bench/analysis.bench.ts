import { bench, describe } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { analyseNetwork } from '../../src/core/analysis/analyse-network';
import { sectorAssortativity } from '../../src/core/analysis/assortativity';
import { betweenness } from '../../src/core/analysis/betweenness';
import { blockDensity } from '../../src/core/analysis/block-density';
import { brokerage } from '../../src/core/analysis/brokerage';
import { closeness } from '../../src/core/analysis/closeness';
import { communities } from '../../src/core/analysis/communities';
import { components } from '../../src/core/analysis/components';
import { constraint } from '../../src/core/analysis/constraint';
import { coreNumber } from '../../src/core/analysis/core-number';
import { cutPoints } from '../../src/core/analysis/cut-points';
import { degree } from '../../src/core/analysis/degree';
import { effectiveSize } from '../../src/core/analysis/effective-size';
import { eiIndex } from '../../src/core/analysis/ei-index';
import { eigenvector } from '../../src/core/analysis/eigenvector';
import { indexNetwork } from '../../src/core/analysis/network-index';
import { pagerank } from '../../src/core/analysis/pagerank';
import { strength } from '../../src/core/analysis/strength';
import { generateNetwork } from '../../src/core/generate/generate-network';
import { buildGraph } from '../../src/core/model/graph';

/** Few iterations: the machine is shared and the slow cases take seconds each. */
const SHORT = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };
const ONCE = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

for (const partners of [45, 1_000, 10_000]) {
  const graph = buildGraph(generateNetwork({ partners, seed: 1 }));
  const index = indexNetwork(graph);
  const options = partners >= 10_000 ? ONCE : SHORT;
  describe(`${partners} partners, ${graph.size} cooperations`, () => {
    bench('index', () => void indexNetwork(graph), options);
    bench('degree and strength', () => void (degree(index), strength(index)), options);
    bench('betweenness (exact)', () => void betweenness(index), options);
    bench('closeness', () => void closeness(index), options);
    bench('eigenvector', () => void eigenvector(index), options);
    bench('pagerank', () => void pagerank(index), options);
    bench('components, articulation points, bridges, k-core', () => void (components(index), cutPoints(index), coreNumber(index)), options);
    bench('constraint and effective size', () => void (constraint(index), effectiveSize(index)), options);
    bench('sector mixing', () => void (eiIndex(index), sectorAssortativity(index), blockDensity(index)), options);
    bench('brokerage roles', () => void brokerage(index), options);
    bench('communities (Louvain)', () => void communities(graph, index), options);
    bench('whole analysis', () => void analyseNetwork(graph), options);
  });
}

describe('betweenness on 10,000 partners: ours against graphology-metrics', () => {
  const graph = buildGraph(generateNetwork({ partners: 10_000, seed: 1 }));
  const index = indexNetwork(graph);
  bench('ours (typed-array Brandes over the compact index)', () => void betweenness(index), ONCE);
  bench('graphology-metrics (unweighted)', () => void betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }), ONCE);
});

describe('sampled betweenness on 50,000 partners', () => {
  const index = indexNetwork(buildGraph(generateNetwork({ partners: 50_000, seed: 1 })));
  bench('500 sampled sources', () => void betweenness(index, { samples: 500, seed: 1 }), ONCE);
});
