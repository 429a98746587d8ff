import { describe, expect, it } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { buildGraph } from '../../../src/core/model/graph';
import { readGml } from './gml';

const DHHS = readGml(
  new URL('../../fixtures/reference/dhhs.gml', import.meta.url).pathname,
  'agency',
  'collab',
);

describe('the DHHS tobacco-control collaboration network (Luke et al. 2013), a real network', () => {
  const graph = buildGraph(DHHS);
  const result = analyseNetwork(graph);

  it('has 54 staff members of 11 agencies and 447 ties', () => {
    expect(result.network.partners).toBe(54);
    expect(result.network.cooperations).toBe(447);
    expect(new Set(DHHS.partners.map((p) => p.sector)).size).toBe(11);
  });

  it("agrees with graphology-metrics' unweighted betweenness and closeness", () => {
    const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const closeness = closenessCentrality(graph, { wassermanFaust: true });
    for (const partner of result.partners) {
      expect(partner.betweenness).toBeCloseTo(betweenness[partner.id]!, 10);
      expect(partner.closeness).toBeCloseTo(closeness[partner.id]!, 10);
    }
  });

  it('gives sensible values: ranks sum to 1, eigenvector converges, constraint stays in (0, 1.5]', () => {
    expect(result.partners.reduce((s, p) => s + p.pagerank!, 0)).toBeCloseTo(1, 12);
    expect(result.network.eigenvectorConverged).toBe(true);
    for (const p of result.partners)
      if (p.constraint !== null) expect(p.constraint).toBeGreaterThan(0);
    expect(Math.max(...result.partners.map((p) => p.constraint ?? 0))).toBeLessThanOrEqual(1.5);
    expect(result.sectors.communities.count).toBeGreaterThan(1);
  });
});
