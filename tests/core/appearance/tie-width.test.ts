import { describe, expect, it } from 'vitest';
import { tieWidths } from '../../../src/core/appearance/tie-width';
import type { Intensity } from '../../../src/core/model/types';

const tie = (intensity: Intensity, weight?: number) =>
  weight === undefined ? { intensity } : { intensity, weight };

describe('tie widths', () => {
  it('on the 1–4 scale: base plus a step per intensity', () => {
    const ties = [tie(1), tie(4), tie(2)];
    const width = tieWidths(ties);
    expect(ties.map(width)).toEqual([1.1, 2.9, 0.5 + 1.2]);
  });

  it('with weights of their own: the lightest as thin as intensity 1, the heaviest as wide as 4', () => {
    const ties = [tie(1, 0.5), tie(4, 12), tie(4, 6.25)];
    const width = tieWidths(ties);
    expect(width(ties[0]!)).toBeCloseTo(1.1, 12);
    expect(width(ties[1]!)).toBeCloseTo(2.9, 12);
    expect(width(ties[2]!)).toBeCloseTo(2.0, 12);
  });

  it('a tie without a weight among weighted ones is placed by its intensity on the same scale', () => {
    const ties = [tie(1, 1), tie(4, 9), tie(3)];
    expect(tieWidths(ties)(ties[2]!)).toBeCloseTo(1.1 + (2 / 8) * 1.8, 12);
  });

  it('all ties of one weight are drawn alike, within the range', () => {
    const ties = [tie(4, 7.5), tie(4, 7.5)];
    const width = tieWidths(ties)(ties[0]!);
    expect(width).toBeGreaterThanOrEqual(1.1);
    expect(width).toBeLessThanOrEqual(2.9);
  });
});
