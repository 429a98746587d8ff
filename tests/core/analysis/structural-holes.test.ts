import { describe, expect, it } from 'vitest';
import { constraint } from '../../../src/core/analysis/constraint';
import { effectiveSize } from '../../../src/core/analysis/effective-size';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { ANALYSIS_STEPS } from '../../../src/core/analysis/registry';
import { buildGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner } from '../../../src/core/model/types';
import { BORGATTI_EGO_NETWORK, indexOf, star, valuesById, type Tie } from './network-fixtures';

describe("Burt's structural holes", () => {
  it("gives Borgatti's example the constraint UCINET and networkx give", () => {
    const index = indexOf(BORGATTI_EGO_NETWORK);
    const c = valuesById(index, constraint(index));
    expect(c.G).toBeCloseTo(0.4, 3);
    expect(c.A).toBeCloseTo(0.595, 3);
    expect(c.C).toBeCloseTo(1, 3);
  });

  it("gives Borgatti's example the effective size UCINET and networkx give", () => {
    const index = indexOf(BORGATTI_EGO_NETWORK);
    const e = valuesById(index, effectiveSize(index));
    expect(e.G).toBeCloseTo(4.67, 2);
    expect(e.A).toBeCloseTo(2.5, 2);
    expect(e.C).toBeCloseTo(1, 2);
  });

  it('lets the hub of a star broker freely: constraint 1/n, every contact non-redundant', () => {
    const index = indexOf(star(4));
    expect(valuesById(index, constraint(index)).hub).toBeCloseTo(0.25, 15);
    expect(valuesById(index, effectiveSize(index)).hub).toBe(4);
  });

  it('gives partners without ties null, where networkx gives NaN', () => {
    const index = indexOf(BORGATTI_EGO_NETWORK, {}, ['alone']);
    expect(valuesById(index, constraint(index)).alone).toBeNull();
    expect(valuesById(index, effectiveSize(index)).alone).toBeNull();
  });

  it('gives a partner with a single tie a constraint of 1, however its contact is tied', () => {
    // Not "its partners all know each other": it has only one, and puts all its strength there.
    const index = indexOf([
      ['solo', 'hub', 1],
      ...star(5).map(([, leaf]): Tie => ['hub', leaf, 4]),
    ]);
    expect(valuesById(index, constraint(index)).solo).toBe(1);
  });

  it('counts the share of strength: a strong tie constrains more than a weak one', () => {
    const index = indexOf([
      ['ego', 'strong', 4],
      ['ego', 'weak', 1],
    ]);
    // p = 4/5 and 1/5, no shared contacts: c = (4/5)² + (1/5)², both contacts non-redundant.
    expect(valuesById(index, constraint(index)).ego).toBeCloseTo(17 / 25, 15);
    expect(valuesById(index, effectiveSize(index)).ego).toBe(2);
  });

  it('reads a tie of weight 0 as no tie, and a partner with only such ties as without ties', () => {
    const partners = ['a', 'b', 'c', 'd', 'e'].map((id) => createPartner({ id, name: id }));
    const ties: [string, string, number][] = [
      ['a', 'b', 2.5],
      ['b', 'c', 1.5],
      ['a', 'c', 0],
      ['c', 'd', 6],
      ['b', 'd', 0.5],
      ['d', 'e', 0],
    ];
    const network = (kept: typeof ties) => ({
      partners,
      cooperations: kept.map(([source, target, weight]) =>
        createCooperation({ source, target, intensity: 1, weight }),
      ),
    });
    const withZero = indexNetwork(buildGraph(network(ties)));
    const without = indexNetwork(buildGraph(network(ties.filter(([, , w]) => w > 0))));
    expect(constraint(withZero)).toEqual(constraint(without));
    expect(effectiveSize(withZero)).toEqual(effectiveSize(without));
    expect(valuesById(withZero, constraint(withZero)).e).toBeNull();
  });

  it('is registered as reading intensity, so the texts label it weighted', () => {
    const step = ANALYSIS_STEPS.find((s) => s.id === 'structural-holes')!;
    expect(step.measures.map((m) => [m.id, m.weighting])).toEqual([
      ['constraint', 'intensity-as-strength'],
      ['effectiveSize', 'intensity-as-strength'],
    ]);
  });
});
