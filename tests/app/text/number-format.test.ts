import { describe, expect, it } from 'vitest';
import { numberFormat } from '../../../src/app/text/number-format';

describe('numberFormat', () => {
  it('formats as the locale writes numbers, with the decimals asked for', () => {
    expect(numberFormat('de-DE', 0, 0).format(10_000)).toBe('10.000');
    expect(numberFormat('de-DE', 3, 3).format(0.5)).toBe('0,500');
    expect(numberFormat('en-GB', 0, 2).format(1234.5)).toBe('1,234.5');
  });

  it('sets a format up once and hands the same one out again', () => {
    expect(numberFormat('de-DE', 0, 1)).toBe(numberFormat('de-DE', 0, 1));
    expect(numberFormat('de-DE', 0, 1)).not.toBe(numberFormat('de-DE', 1, 1));
    expect(numberFormat('de-DE', 0, 1)).not.toBe(numberFormat('en-GB', 0, 1));
  });
});
