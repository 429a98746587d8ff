import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../src/core/export/formula';
import { restoreNeutralisedText } from '../../../src/core/import/formula';

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

  it('quotes text that starts with quotes before a formula once more, so it reads back as written', () => {
    expect(neutraliseFormula("'=1+1")).toBe("''=1+1");
    expect(neutraliseFormula("''@A1")).toBe("'''@A1");
    for (const text of ["'=1+1", "''@A1", '=1+1', "'schon zitiert", "'", 'Kita']) {
      expect(restoreNeutralisedText(neutraliseFormula(text))).toBe(text);
    }
  });
});
