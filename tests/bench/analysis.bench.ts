import { bench, describe } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { analyseNetwork } from '../../src/core/analysis/analyse-network';
import { sectorAssortativity } from '../../src/core/analysis/assortativity';
import { betweenness, betweennessFromSweep, sweepFor } from '../../src/core/analysis/betweenness';
import { blockDensity } from '../../src/core/analysis/block-density';
import { brokerage } from '../../src/core/analysis/brokerage';
import { closeness, closenessFromSweep } from '../../src/core/analysis/closeness';
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
import { EXACT_UP_TO, planSources, SAMPLED_SOURCES } from '../../src/core/analysis/path-sources';
import { sweepShortestPaths } from '../../src/core/analysis/path-sweep';
import { strength } from '../../src/core/analysis/strength';
import { buildGraph } from '../../src/core/model/graph';
import { generated, heapMegabytes, iterationsFor, ONCE, SIZES } from './sizes';

for (const partners of SIZES) {
  const before = heapMegabytes();
  const graph = buildGraph(generated(partners));
  const index = indexNetwork(graph);
  console.log(
    `${partners} partners: heap ${before} MB before, ${heapMegabytes()} MB with the graph and its index`,
  );
  const options = iterationsFor(partners);
  const exact = partners <= EXACT_UP_TO;
  describe(`${partners} partners, ${graph.size} cooperations`, () => {
    bench('index', () => void indexNetwork(graph), options);
    bench('degree and strength', () => void (degree(index), strength(index)), options);
    // Beyond EXACT_UP_TO partners the core samples (path-sources.ts), and so does the benchmark:
    // betweenness and closeness from the same sampled sweep.
    if (exact) bench('betweenness (exact)', () => void betweenness(index), options);
    if (exact) bench('closeness', () => void closeness(index), options);
    else
      bench(
        `betweenness and closeness (${SAMPLED_SOURCES} sampled sources)`,
        () => {
          const plan = planSources(index);
          const sweep = sweepShortestPaths(index, sweepFor(plan, true));
          void (closenessFromSweep(sweep, plan), betweennessFromSweep(sweep, plan));
        },
        options,
      );
    bench('eigenvector', () => void eigenvector(index), options);
    bench('pagerank', () => void pagerank(index), options);
    bench(
      'components, articulation points, bridges, k-core',
      () => void (components(index), cutPoints(index), coreNumber(index)),
      options,
    );
    bench(
      'constraint and effective size',
      () => void (constraint(index), effectiveSize(index)),
      options,
    );
    bench(
      'sector mixing',
      () => void (eiIndex(index), sectorAssortativity(index), blockDensity(index)),
      options,
    );
    bench('brokerage roles', () => void brokerage(index), options);
    bench('communities (Louvain)', () => void communities(graph, index), options);
    bench(
      exact ? 'whole analysis' : `whole analysis (${SAMPLED_SOURCES} sampled sources)`,
      () => {
        const result = analyseNetwork(graph);
        console.log(
          `${partners} partners: heap ${heapMegabytes()} MB holding the analysis (${result.partners.length} partners)`,
        );
      },
      options,
    );
  });
}

/**
 * graphology-metrics needs minutes for 10,000 partners on a shared machine (226 s in one run), more
 * than all the other benchmarks together, so this comparison runs on request:
 * `BENCH_GRAPHOLOGY=1 npm run bench`.
 */
describe.runIf(process.env.BENCH_GRAPHOLOGY === '1')(
  'betweenness on 10,000 partners: ours against graphology-metrics',
  () => {
    const graph = buildGraph(generated(10_000));
    const index = indexNetwork(graph);
    bench('ours (batched Brandes over the compact index)', () => void betweenness(index), ONCE);
    bench(
      'graphology-metrics (unweighted)',
      () => void betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }),
      ONCE,
    );
  },
);
