import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner } from '../../../src/core/model/types';

const partners = ['Jugendamt', 'Geburtsklinik', 'Kita Sonnenschein'].map((name, i) =>
  createPartner({ id: `P${i + 1}`, name }),
);

describe('buildGraph', () => {
  it('builds one undirected node per partner and one edge per cooperation', () => {
    const graph = buildGraph({
      partners,
      cooperations: [createCooperation({ source: 'P1', target: 'P2', intensity: 3 })],
    });
    expect(graph.type).toBe('undirected');
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttribute('P2', 'name')).toBe('Geburtsklinik');
  });

  it('merges a tie listed twice, keeping the higher intensity, and drops self-ties', () => {
    const graph = buildGraph({
      partners,
      cooperations: [
        createCooperation({ source: 'P1', target: 'P2', intensity: 2 }),
        createCooperation({ source: 'P2', target: 'P1', intensity: 4, formal: true }),
        createCooperation({ source: 'P3', target: 'P3', intensity: 1 }),
      ],
    });
    expect(graph.size).toBe(1);
    const edge = graph.edge('P1', 'P2');
    expect(edge).toBeDefined();
    expect(graph.getEdgeAttributes(edge!)).toMatchObject({ intensity: 4, formal: true });
  });
});
