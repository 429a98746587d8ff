import { describe, expect, it } from 'vitest';
import { components, isolates } from '../../../src/core/analysis/components';
import { coreNumber } from '../../../src/core/analysis/core-number';
import { cutPoints } from '../../../src/core/analysis/cut-points';
import { degree } from '../../../src/core/analysis/degree';
import { density } from '../../../src/core/analysis/density';
import { strength } from '../../../src/core/analysis/strength';
import { BARBELL, FLORENTINE_MARRIAGES, indexOf, path, star, valuesById } from './network-fixtures';

describe('degree, strength and density', () => {
  it('counts ties and sums intensities', () => {
    const index = indexOf(
      [
        ['jugendamt', 'kita', 4],
        ['jugendamt', 'hebamme', 2],
      ],
      {},
      ['schule'],
    );
    expect(valuesById(index, degree(index))).toEqual({
      hebamme: 1,
      jugendamt: 2,
      kita: 1,
      schule: 0,
    });
    expect(valuesById(index, strength(index))).toEqual({
      hebamme: 2,
      jugendamt: 6,
      kita: 4,
      schule: 0,
    });
  });

  it('divides ties by possible pairs, and is 0 with fewer than two partners', () => {
    expect(density(indexOf(FLORENTINE_MARRIAGES))).toBeCloseTo(20 / 105, 15);
    expect(density(indexOf([], {}, ['a']))).toBe(0);
    expect(density(indexOf([]))).toBe(0);
  });
});

describe('components and isolates', () => {
  it('finds two groups and a partner without ties', () => {
    const index = indexOf([...path(3), ['x', 'y']], {}, ['alone']);
    const found = components(index);
    expect(found.count).toBe(3);
    expect(found.sizes.sort()).toEqual([1, 2, 3]);
    const m = valuesById(index, found.membership);
    expect(m.p0).toBe(m.p2);
    expect(m.x).not.toBe(m.p0);
    expect(isolates(index).map((i) => index.ids[i])).toEqual(['alone']);
  });
});

describe('articulation points and bridges: whose loss splits the network', () => {
  it('finds the bar of the barbell', () => {
    const index = indexOf(BARBELL);
    const cuts = cutPoints(index);
    expect(index.ids.filter((_id, i) => cuts.articulationPoints[i] === 1)).toEqual(['a2', 'b0']);
    expect(cuts.bridges.map(([a, b]) => [index.ids[a], index.ids[b]])).toEqual([['a2', 'b0']]);
  });

  it('finds the hub of a star, the coordinator who alone holds the network together', () => {
    const index = indexOf(star(4));
    const cuts = cutPoints(index);
    expect(valuesById(index, cuts.articulationPoints).hub).toBe(1);
    expect(cuts.bridges).toHaveLength(4);
  });

  it('finds no articulation point in a ring', () => {
    const cuts = cutPoints(indexOf([...path(5), ['p4', 'p0']]));
    expect(cuts.articulationPoints.every((flag) => flag === 0)).toBe(true);
    expect(cuts.bridges).toEqual([]);
  });

  it('walks a chain of 50,000 partners without overflowing the stack', () => {
    const cuts = cutPoints(indexOf(path(50_000)));
    expect(cuts.bridges).toHaveLength(49_999);
    expect(cuts.articulationPoints.reduce((s, f) => s + f, 0)).toBe(49_998);
  });
});

describe('core number (k-core)', () => {
  it('puts a triangle in the 2-core, a pendant in the 1-core and an isolate in the 0-core', () => {
    const index = indexOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['c', 'd'],
      ],
      {},
      ['e'],
    );
    expect(valuesById(index, coreNumber(index))).toEqual({ a: 2, b: 2, c: 2, d: 1, e: 0 });
  });

  it("gives the Florentine families networkx's core numbers", () => {
    const index = indexOf(FLORENTINE_MARRIAGES);
    const k = valuesById(index, coreNumber(index));
    expect(k.Medici).toBe(2);
    expect(k.Strozzi).toBe(2);
    expect(k.Pazzi).toBe(1);
    expect(k.Acciaiuoli).toBe(1);
  });
});
