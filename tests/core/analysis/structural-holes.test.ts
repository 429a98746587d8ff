import { describe, expect, it } from 'vitest';
import { constraint } from '../../../src/core/analysis/constraint';
import { effectiveSize } from '../../../src/core/analysis/effective-size';
import { BORGATTI_EGO_NETWORK, indexOf, star, valuesById } from './network-fixtures';

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
});
