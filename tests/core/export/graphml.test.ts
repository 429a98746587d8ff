// @vitest-environment jsdom
import { UndirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { networkToGraphml } from '../../../src/core/export/graphml';
import { SECTOR_COLORS, sampleNetwork } from './sample-network';

describe('networkToGraphml', () => {
  it('reads back with graphology-graphml as the same partners, sectors and cooperations', () => {
    const network = sampleNetwork();
    const graph = parse(UndirectedGraph, networkToGraphml(network));
    expect(graph.order).toBe(network.partners.length);
    expect(graph.size).toBe(network.cooperations.length);
    for (const partner of network.partners) {
      const node = graph.getNodeAttributes(partner.id);
      expect(node.label).toBe(partner.name);
      expect(node.sector).toBe(partner.sector);
      expect(node.socialArea ?? '').toBe(partner.socialArea);
      expect(node.offers ?? '').toBe(partner.offers.join('|'));
      expect(node.since).toBe(partner.since ?? undefined);
    }
    for (const cooperation of network.cooperations) {
      const edge = graph.getEdgeAttributes(graph.edge(cooperation.source, cooperation.target));
      expect(edge).toMatchObject({ intensity: cooperation.intensity, formal: cooperation.formal });
    }
  });

  it('declares every attribute as a typed key', () => {
    const graphml = networkToGraphml(sampleNetwork(), {
      measures: new Map([['degree', new Map([['JA', 3]])]]),
    });
    expect(graphml).toContain('attr.name="since" attr.type="int"');
    expect(graphml).toContain('for="edge" attr.name="formal" attr.type="boolean"');
    expect(graphml).toContain('attr.name="measures.degree" attr.type="double"');
    expect(graphml).toContain('attr.name="attributes.Ansprechperson" attr.type="string"');
  });

  it('writes position, size and sector colour under the names Gephi imports', () => {
    const graphml = networkToGraphml(sampleNetwork(), {
      positions: new Map([['GK', { x: 1.25, y: 2 }]]),
      sizes: new Map([['GK', 8]]),
      sectorColors: SECTOR_COLORS,
    });
    const node = parse(UndirectedGraph, graphml).getNodeAttributes('GK');
    expect(node).toMatchObject({ x: 1.25, y: 2, size: 8, color: '#d62728' });
  });
});
