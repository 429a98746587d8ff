import { describe, expect, it } from 'vitest';
import { formatDecimal, numberFormat } from '../../../src/app/text/number-format';

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

describe('formatDecimal', () => {
  it('shows the decimals of the measure, as the locale writes them', () => {
    expect(formatDecimal('de-DE', 0.125, 3)).toBe('0,125');
    expect(formatDecimal('de-DE', 0.0949, 3)).toBe('0,095');
    expect(formatDecimal('de-DE', 12_345.6, 0)).toBe('12.346');
    expect(formatDecimal('en-GB', 0.5, 2)).toBe('0.50');
    expect(formatDecimal('de-DE', 0, 3)).toBe('0,000');
    expect(formatDecimal('de-DE', 0.0005, 3)).toBe('0,001');
  });

  it('keeps two significant digits of a value that would read as 0', () => {
    // The density of a state's 50,000 partners with 200,000 ties.
    expect(formatDecimal('de-DE', 200_000 / ((50_000 * 49_999) / 2), 3)).toBe('0,00016');
    expect(formatDecimal('en-GB', 0.000_123_4, 3)).toBe('0.00012');
    expect(formatDecimal('de-DE', -0.0042, 2)).toBe('\u22120,0042');
    // Counts have no decimals to lose.
    expect(formatDecimal('de-DE', 0.4, 0)).toBe('0');
  });

  it('writes a true minus sign, as the texts do, in both languages', () => {
    expect(formatDecimal('de-DE', -0.15, 2)).toBe('\u22120,15');
    expect(formatDecimal('en-GB', -1, 0)).toBe('\u22121');
    expect(formatDecimal('de-DE', -0.064, 3)).toBe('\u22120,064');
  });

  it('keeps the decimals of a measure, so its figures line up', () => {
    expect(formatDecimal('de-DE', 0.2, 2)).toBe('0,20');
    expect(formatDecimal('de-DE', 0.19, 2)).toBe('0,19');
    expect(formatDecimal('de-DE', 1, 3)).toBe('1,000');
    expect(formatDecimal('de-DE', 45, 0)).toBe('45');
  });
});
