import { describe, expect, it } from 'vitest';
import { pagerank } from '../../../src/core/analysis/pagerank';
import { indexOf, path, valuesById } from './network-fixtures';

describe('PageRank weighted by intensity', () => {
  it("gives a path of three networkx's values: ends 0.2568, middle 0.4865", () => {
    const index = indexOf(path(3));
    const p = valuesById(index, pagerank(index).scores);
    expect(p.p1).toBeCloseTo(0.135 / 0.2775, 9);
    expect(p.p0).toBeCloseTo((1 - 0.135 / 0.2775) / 2, 9);
  });

  it('sends more rank along the closer cooperation', () => {
    // Hand-solved: c = 0.05 + 0.85(a + b), a = 0.05 + 0.85·¾c, b = 0.05 + 0.85·¼c.
    const index = indexOf([
      ['c', 'a', 3],
      ['c', 'b', 1],
    ]);
    const p = valuesById(index, pagerank(index).scores);
    const c = 0.135 / 0.2775;
    expect(p.c).toBeCloseTo(c, 9);
    expect(p.a).toBeCloseTo(0.05 + 0.85 * 0.75 * c, 9);
    expect(p.b).toBeCloseTo(0.05 + 0.85 * 0.25 * c, 9);
  });

  it('sums to 1 with partners without ties, who spread their rank evenly', () => {
    const result = pagerank(
      indexOf(
        [
          ['a', 'b', 4],
          ['b', 'c', 2],
        ],
        {},
        ['alone'],
      ),
    );
    expect(result.converged).toBe(true);
    expect((result.scores as number[]).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it('returns nothing for an empty network, as networkx', () => {
    expect(pagerank(indexOf([]))).toEqual({ scores: [], converged: true });
  });
});
