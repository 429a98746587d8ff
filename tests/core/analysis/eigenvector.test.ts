import { describe, expect, it } from 'vitest';
import { eigenvector } from '../../../src/core/analysis/eigenvector';
import { indexOf, path, star, valuesById } from './network-fixtures';

describe('eigenvector centrality: tied to the well-tied', () => {
  it('gives every member of a complete group √(1/5), as networkx on K5', () => {
    const ties = [
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
      ['a', 'e'],
      ['b', 'c'],
      ['b', 'd'],
      ['b', 'e'],
      ['c', 'd'],
      ['c', 'e'],
      ['d', 'e'],
    ] as const;
    const result = eigenvector(indexOf(ties));
    expect(result.converged).toBe(true);
    for (const value of result.scores) expect(value).toBeCloseTo(Math.sqrt(1 / 5), 8);
  });

  it('gives a path of three 0.5, 0.7071, 0.5 as networkx, despite the path being bipartite', () => {
    const index = indexOf(path(3));
    const e = valuesById(index, eigenvector(index).scores);
    expect(e.p0).toBeCloseTo(0.5, 6);
    expect(e.p1).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('has unit Euclidean length', () => {
    const scores = eigenvector(indexOf(star(7))).scores as number[];
    expect(Math.hypot(...scores)).toBeCloseTo(1, 12);
  });

  it('reports failure to converge as null for every partner and a flag, never an exception', () => {
    // A basis of 4 without a restart cannot find the vector of a path of 60.
    const result = eigenvector(indexOf(path(60)), { basis: 4, maxRestarts: 0 });
    expect(result.converged).toBe(false);
    expect(result.scores).toEqual(new Array(60).fill(null));
  });

  it('gives partners without ties 0 beside a sub-network with ties, as numpy', () => {
    const index = indexOf(path(3), {}, ['alone']);
    const result = eigenvector(index);
    const e = valuesById(index, result.scores);
    expect(e.alone).toBe(0);
    expect(e.p1).toBeCloseTo(Math.SQRT1_2, 12);
    expect(result.byComponent).toBe(false);
  });

  it('weighs two equal sub-networks alike instead of keeping one of them', () => {
    // networkx's power iteration keeps the larger eigenvalue's sub-network: K4 would push the
    // triangle towards 0. Here each keeps its own vector, scaled by √(its share of the partners).
    const k4 = [
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
      ['b', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ] as const;
    const triangle = [
      ['x', 'y'],
      ['x', 'z'],
      ['y', 'z'],
    ] as const;
    const index = indexOf([...k4, ...triangle]);
    const result = eigenvector(index);
    const e = valuesById(index, result.scores);
    expect(result.byComponent).toBe(true);
    expect(e.a).toBeCloseTo(Math.sqrt(4 / 7) / 2, 12);
    expect(e.x).toBeCloseTo(Math.sqrt(3 / 7) / Math.sqrt(3), 12);
  });

  it('gives partners without ties 1/√n when no one has ties, as networkx', () => {
    const result = eigenvector(indexOf([], {}, ['a', 'b', 'c', 'd']));
    expect(result.scores).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('returns nothing for an empty network, where networkx raises', () => {
    expect(eigenvector(indexOf([]))).toEqual({ scores: [], converged: true, byComponent: false });
  });
});
