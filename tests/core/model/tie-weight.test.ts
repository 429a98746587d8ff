import { describe, expect, it } from 'vitest';
import { mergePartners } from '../../../src/core/doubles/merge-partners';
import { buildGraph } from '../../../src/core/model/graph';
import { strongerWeight, tieWeight } from '../../../src/core/model/tie-weight';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

const partners = ['A', 'B', 'B2'].map((id) => createPartner({ id, name: id }));

describe("a tie's own weight", () => {
  it('is what measures read; without one, the intensity is', () => {
    expect(tieWeight({ intensity: 4, weight: 12 })).toBe(12);
    expect(tieWeight({ intensity: 1, weight: 0.5 })).toBe(0.5);
    expect(tieWeight({ intensity: 3 })).toBe(3);
  });

  it('of two rows of one tie, the higher stays; without any weight, none is made up', () => {
    expect(strongerWeight({ intensity: 4, weight: 7.5 }, { intensity: 4, weight: 12 })).toBe(12);
    expect(strongerWeight({ intensity: 1, weight: 0.5 }, { intensity: 3 })).toBe(3);
    expect(strongerWeight({ intensity: 2 }, { intensity: 3 })).toBeUndefined();
  });

  it('goes into the graph, and a parallel tie merges to the higher weight', () => {
    const graph = buildGraph({
      partners,
      cooperations: [
        createCooperation({ source: 'A', target: 'B', intensity: 4, weight: 7.5 }),
        createCooperation({ source: 'B', target: 'A', intensity: 4, weight: 12 }),
        createCooperation({ source: 'A', target: 'B2', intensity: 2 }),
      ],
    });
    expect(graph.getEdgeAttribute('A', 'B', 'weight')).toBe(12);
    expect(graph.hasEdgeAttribute('A', 'B2', 'weight')).toBe(false);
  });

  it('survives merging a partner entered twice: the ties that meet keep the higher weight', () => {
    const network: Network = {
      partners,
      cooperations: [
        createCooperation({ source: 'A', target: 'B', intensity: 4, weight: 7.5 }),
        createCooperation({ source: 'A', target: 'B2', intensity: 4, weight: 12 }),
      ],
    };
    const { network: merged } = mergePartners(network, 'B', 'B2');
    expect(merged.cooperations).toMatchObject([{ source: 'A', target: 'B', weight: 12 }]);
  });
});
