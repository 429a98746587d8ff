import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { AnalysisCancelled, isAnalysisCancelled } from '../../../src/core/analysis/progress';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import { buildGraph } from '../../../src/core/model/graph';
import { BARBELL, FLORENTINE_MARRIAGES, graphOf } from './network-fixtures';

function hasNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (value instanceof Map) return [...value.values()].some(hasNaN);
  if (Array.isArray(value)) return value.some(hasNaN);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasNaN);
  return false;
}

describe('analyseNetwork: every measure at once, as plain data', () => {
  it('reports the Florentine families with the published betweenness', () => {
    const result = analyseNetwork(graphOf(FLORENTINE_MARRIAGES));
    const medici = result.partners.find((p) => p.id === 'Medici')!;
    expect(medici.betweenness).toBeCloseTo(0.522, 3);
    expect(medici.degree).toBe(6);
    expect(result.network).toMatchObject({
      partners: 15,
      cooperations: 20,
      components: 1,
      isolates: [],
    });
    expect(result.network.articulationPoints).toContain('Medici');
    expect(result.sampled).toBeNull();
  });

  it('names articulation points, bridges and communities by partner id', () => {
    const result = analyseNetwork(
      graphOf(BARBELL, { a0: 'X', a1: 'X', a2: 'X', b0: 'Y', b1: 'Y', b2: 'Y' }),
    );
    expect(result.network.articulationPoints).toEqual(['a2', 'b0']);
    expect(result.network.bridges).toEqual([['a2', 'b0']]);
    expect(result.sectors.communities.count).toBe(2);
    expect(result.sectors.communities.nmiWithSectors).toBeCloseTo(1, 12);
  });

  it.each([
    ['an empty network', graphOf([])],
    ['a single partner', graphOf([], { a: 'Bildung' })],
    ['partners without any tie', graphOf([], { a: 'Bildung', b: 'Beratung', c: 'Bildung' })],
  ])('gives no NaN for %s', (_name, graph) => {
    const result = analyseNetwork(graph);
    expect(hasNaN(result)).toBe(false);
    expect(result.network.components).toBe(graph.order);
  });

  it('reports progress that only grows and ends at the total', () => {
    const seen: [number, number, string][] = [];
    analyseNetwork(buildGraph(generateNetwork({ partners: 600, seed: 2 })), {
      onProgress: (done, total, step) => seen.push([done, total, step]),
    });
    const total = seen[0]![1];
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1]![0])).toBe(true);
    expect(seen.at(-1)).toEqual([total, total, 'done']);
    expect(seen.some(([, , step]) => step === 'betweenness')).toBe(true);
  });

  it('stops inside the betweenness sweep when asked to', () => {
    let calls = 0;
    const run = () =>
      analyseNetwork(buildGraph(generateNetwork({ partners: 600, seed: 2 })), {
        shouldStop: () => ++calls > 3,
      });
    expect(run).toThrow(AnalysisCancelled);
    try {
      run();
    } catch (error) {
      expect(isAnalysisCancelled(error)).toBe(true);
    }
  });

  it('estimates betweenness and closeness from samples when asked, and says how', () => {
    const graph = buildGraph(generateNetwork({ partners: 500, seed: 4 }));
    const exact = analyseNetwork(graph);
    const result = analyseNetwork(graph, { paths: { samples: 100, seed: 9 } });
    expect(result.sampled).toEqual({
      sources: 100,
      seed: 9,
      estimatedPartners: expect.any(Number),
      accuracyMeasured: null,
    });
    expect(result.sampled!.estimatedPartners).toBeGreaterThan(400);
    expect(result.partners.map((p) => p.closeness)).not.toEqual(
      exact.partners.map((p) => p.closeness),
    );
    const { degree, eigenvector, community } = result.partners[7]!;
    expect({ degree, eigenvector, community }).toEqual({
      degree: exact.partners[7]!.degree,
      eigenvector: exact.partners[7]!.eigenvector,
      community: exact.partners[7]!.community,
    });
  });

  it('leaves a network up to the size of the policy exact, the same as asked to be exact', () => {
    const graph = buildGraph(generateNetwork({ partners: 300, seed: 6 }));
    expect(analyseNetwork(graph)).toEqual(analyseNetwork(graph, { paths: 'exact' }));
  });
});

describe('the key figures that need no shortest path', () => {
  it('are handed out once, before the first step, with the values of the whole analysis', () => {
    const network = generateNetwork({ partners: 400, seed: 9 });
    network.partners.push({ ...network.partners[0]!, id: 'ohne-kooperation', name: 'Allein' });
    const seen: string[] = [];
    let early: unknown = null;
    const analysis = analyseNetwork(buildGraph(network), {
      onProgress: (_done, _total, step) => seen.push(step),
      onEarlyKeyFigures: (figures) => {
        expect(early).toBeNull();
        early = figures;
        seen.push('key figures');
      },
    });
    expect(seen.slice(0, 3)).toEqual(['index', 'key figures', 'degree']);
    const { partners, cooperations, density, components, isolates } = analysis.network;
    expect(early).toEqual({ partners, cooperations, density, components, isolates });
    expect(isolates).toContain('ohne-kooperation');
  });
});
