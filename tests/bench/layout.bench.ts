import { bench, describe } from 'vitest';
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../../src/core/analysis/random';
import { buildGraph } from '../../src/core/model/graph';
import { generated, SIZES } from './sizes';

/** Synchronous ForceAtlas2 iterations with the map's settings; iterations per second = count ÷ mean. */
const ITERATIONS: Record<number, number> = { 45: 200, 1_000: 20, 10_000: 5, 50_000: 2 };

for (const partners of SIZES) {
  // ForceAtlas2 turns positions into NaN when nodes have none: seeded start positions, as the map has.
  const random = mulberry32(1);
  const graph = new UndirectedGraph<{ x: number; y: number }, { intensity: number }>();
  const network = buildGraph(generated(partners));
  network.forEachNode((node) => graph.addNode(node, { x: random(), y: random() }));
  network.forEachEdge((_edge, { intensity }, source, target) =>
    graph.addEdge(source, target, { intensity }),
  );
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    strongGravityMode: true,
    gravity: 0.4,
    barnesHutOptimize: graph.order > 500,
  };
  const iterations = ITERATIONS[partners]!;
  describe(`ForceAtlas2, ${partners} partners`, () => {
    bench(
      `${iterations} iterations`,
      () => void forceAtlas2(graph, { iterations, settings, getEdgeWeight: 'intensity' }),
      {
        iterations: partners >= 10_000 ? 1 : 3,
        time: 0,
        warmupIterations: partners >= 10_000 ? 0 : 1,
        warmupTime: 0,
      },
    );
  });
}
