import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { IMPORT_LIMITS, parseDelimited } from '../../../src/core/import';
import { PROBLEM_CODES } from '../../../src/core/model/problems';
import { hostileCell, prototypeIsClean } from './hostile-text';

/** A table as a careless export writes it: ragged rows, stray quotes, any delimiter. */
const table = fc
  .tuple(
    fc.constantFrom(';', ',', '\t', '|'),
    fc.constantFrom('\r\n', '\n', '\r'),
    fc.array(fc.array(hostileCell, { maxLength: 8 }), { maxLength: 12 }),
  )
  .map(([delimiter, newline, rows]) => rows.map((row) => row.join(delimiter)).join(newline))
  // The text comes from decodeBytes, which takes the BOM off (see decode.test.ts); papaparse drops
  // a leading BOM itself, which would shift its cursor against the line count.
  .filter((text) => !text.startsWith('\uFEFF'));

describe('parsing hostile delimited text', () => {
  test.prop([table, fc.option(fc.nat(5), { nil: undefined })], { numRuns: 200 })(
    'never throws; cells are trimmed (bar restored formula text) and within the limits; problems carry known codes and real lines',
    (source, maxRows) => {
      const parsed = parseDelimited(source, 'liste.csv', maxRows === undefined ? {} : { maxRows });
      const lines = source.split(/\r\n|\r|\n/).length;
      expect([';', ',', '\t', '|']).toContain(parsed.delimiter);
      expect(parsed.header.length).toBeLessThanOrEqual(IMPORT_LIMITS.columns);
      if (maxRows !== undefined) expect(parsed.rows.length).toBeLessThanOrEqual(maxRows);
      for (const row of parsed.rows) {
        expect(row.line).toBeGreaterThan(parsed.headerLine);
        expect(row.line).toBeLessThanOrEqual(lines);
        for (const cell of row.cells) {
          // Trimmed, except that a tab or CR an export protected with a quote comes back as it was.
          expect(cell.trimEnd()).toBe(cell);
          if (cell !== cell.trimStart()) expect(cell).toMatch(/^[\t\r]/);
          expect(cell.length).toBeLessThanOrEqual(IMPORT_LIMITS.fieldLength);
        }
      }
      for (const p of parsed.problems) {
        expect(PROBLEM_CODES).toContain(p.code);
        expect(p.file).toBe('liste.csv');
        if (p.line !== null) expect(p.line).toBeLessThanOrEqual(lines);
      }
      expect(prototypeIsClean()).toBe(true);
    },
  );
});
