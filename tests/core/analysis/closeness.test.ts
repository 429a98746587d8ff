import { describe, expect, it } from 'vitest';
import { closeness } from '../../../src/core/analysis/closeness';
import {
  FLORENTINE_MARRIAGES,
  KRACKHARDT_KITE,
  indexOf,
  path,
  valuesById,
} from './network-fixtures';

describe('closeness: who reaches everyone in few steps', () => {
  it("matches networkx's values for Padgett's Florentine families", () => {
    const index = indexOf(FLORENTINE_MARRIAGES);
    const c = valuesById(index, closeness(index));
    const networkx = {
      Acciaiuoli: 0.368,
      Albizzi: 0.483,
      Barbadori: 0.4375,
      Bischeri: 0.4,
      Castellani: 0.389,
      Ginori: 0.333,
      Guadagni: 0.467,
      Lamberteschi: 0.326,
      Medici: 0.56,
      Pazzi: 0.286,
      Peruzzi: 0.368,
      Ridolfi: 0.5,
      Salviati: 0.389,
      Strozzi: 0.4375,
      Tornabuoni: 0.483,
    };
    for (const [family, value] of Object.entries(networkx)) expect(c[family]).toBeCloseTo(value, 3);
  });

  it("matches networkx's values for Krackhardt's kite", () => {
    const index = indexOf(KRACKHARDT_KITE);
    const c = closeness(index);
    const networkx = [0.529, 0.529, 0.5, 0.6, 0.5, 0.643, 0.643, 0.6, 0.429, 0.31];
    networkx.forEach((value, i) =>
      expect(c[index.positions.get(String(i))!]).toBeCloseTo(value, 3),
    );
  });

  it('corrects for small components as Wasserman and Faust, and gives isolates 0', () => {
    const index = indexOf([...path(3), ['x', 'y']], {}, ['alone']);
    const c = valuesById(index, closeness(index));
    expect(c.p1).toBeCloseTo((2 / 2) * (2 / 5), 12);
    expect(c.p0).toBeCloseTo((2 / 3) * (2 / 5), 12);
    expect(c.x).toBeCloseTo((1 / 1) * (1 / 5), 12);
    expect(c.alone).toBe(0);
  });

  it('gives 0, not NaN, to a lone partner', () => {
    expect(Array.from(closeness(indexOf([], {}, ['a'])))).toEqual([0]);
  });
});
