import { describe, expect, it } from 'vitest';
import {
  MAX_PARTNER_SIZE,
  MIN_PARTNER_SIZE,
  partnerSizes,
} from '../../../src/core/appearance/partner-size';

describe('partner sizes', () => {
  it('run from the smallest dot for nothing to the largest for the network’s most', () => {
    const size = partnerSizes(16);
    expect(size(0)).toBe(MIN_PARTNER_SIZE);
    expect(size(16)).toBe(MAX_PARTNER_SIZE);
  });

  it('grow with the square root, so that the area grows with the value', () => {
    const size = partnerSizes(16);
    const growth = (value: number) => size(value) - MIN_PARTNER_SIZE;
    expect(growth(4)).toBeCloseTo(growth(16) / 2, 12);
    expect(growth(1)).toBeCloseTo(growth(16) / 4, 12);
  });

  it('draw what is not a positive number as the smallest, and nothing beyond the largest', () => {
    const size = partnerSizes(10);
    expect(size(Number.NaN)).toBe(MIN_PARTNER_SIZE);
    expect(size(-3)).toBe(MIN_PARTNER_SIZE);
    expect(size(Infinity)).toBe(MIN_PARTNER_SIZE);
    expect(size(25)).toBe(MAX_PARTNER_SIZE);
  });

  it('draw everyone alike when no partner has anything', () => {
    expect(partnerSizes(0)(0)).toBe(MIN_PARTNER_SIZE);
  });
});
