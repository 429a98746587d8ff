import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../src/core/export/formula';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://example.com";"Klick")'],
    ["+cmd|' /C calc'!A0"],
    ['-2+3'],
    ['@SUM(A1)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('prefixes a quote to the formula-like cell %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it('also quotes a negative number that arrived as text, keeping what the user typed', () => {
    expect(neutraliseFormula('-3')).toBe("'-3");
  });

  it('leaves ordinary partner names alone', () => {
    for (const name of ['Jugendamt', 'Kita = Familienzentrum', ' =1', "'schon zitiert", '']) {
      expect(neutraliseFormula(name)).toBe(name);
    }
  });
});
