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
    const result = eigenvector(indexOf(path(6)), 1e-8, 2);
    expect(result.converged).toBe(false);
    expect(result.scores).toEqual([null, null, null, null, null, null]);
  });

  it('gives partners without ties 1/√n when no one has ties, as networkx', () => {
    const result = eigenvector(indexOf([], {}, ['a', 'b', 'c', 'd']));
    expect(result.scores).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('returns nothing for an empty network, where networkx raises', () => {
    expect(eigenvector(indexOf([]))).toEqual({ scores: [], converged: true });
  });
});
