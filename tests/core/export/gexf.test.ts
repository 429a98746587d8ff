import { UndirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { networkToGexf } from '../../../src/core/export/gexf';
import { SECTOR_COLORS, sampleNetwork } from './sample-network';

describe('networkToGexf', () => {
  it('reads back with graphology-gexf as the same partners, sectors and cooperations', () => {
    const network = sampleNetwork();
    const graph = parse(UndirectedGraph, networkToGexf(network));
    expect(graph.order).toBe(network.partners.length);
    expect(graph.size).toBe(network.cooperations.length);
    for (const partner of network.partners) {
      const node = graph.getNodeAttributes(partner.id);
      expect(node.label).toBe(partner.name);
      expect(node.sector).toBe(partner.sector);
      expect(node.type).toBe(partner.type);
      expect(node.offers ?? '').toBe(partner.offers.join('|'));
      expect(node.since).toBe(partner.since ?? undefined);
    }
    for (const cooperation of network.cooperations) {
      const edge = graph.getEdgeAttributes(graph.edge(cooperation.source, cooperation.target));
      expect(edge.intensity).toBe(cooperation.intensity);
      expect(edge.weight).toBe(cooperation.intensity);
      expect(edge.formal).toBe(cooperation.formal);
    }
    expect(graph.getNodeAttribute('JA', 'attributes.Ansprechperson')).toBe('Frau Özdemir');
  });

  it('writes the same file for the same network: ties numbered in order', () => {
    const first = networkToGexf(sampleNetwork());
    expect(networkToGexf(sampleNetwork())).toBe(first);
    const ids = [...first.matchAll(/<edge id="([^"]*)"/g)].map((match) => match[1]);
    expect(ids).toEqual(sampleNetwork().cooperations.map((_, index) => String(index)));
  });

  it('carries sector colour, position, size and measures for Gephi', () => {
    const gexf = networkToGexf(sampleNetwork(), {
      positions: new Map([['JA', { x: 10.5, y: -3 }]]),
      sizes: new Map([['JA', 12]]),
      sectorColors: SECTOR_COLORS,
      measures: new Map([['betweenness', new Map([['JA', 0.75]])]]),
    });
    const node = parse(UndirectedGraph, gexf).getNodeAttributes('JA');
    expect(node).toMatchObject({
      x: 10.5,
      y: -3,
      size: 12,
      color: 'rgb(31,119,180)',
      'measures.betweenness': 0.75,
    });
    expect(gexf).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
  });
});
