import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, parseDelimited } from '../../../src/core/import';

describe('parseDelimited', () => {
  it.each([
    ['semicolon', 'Name;Ort\nA;B\n', ';'],
    ['comma', 'Name,Ort\nA,B\n', ','],
    ['tab', 'Name\tOrt\nA\tB\n', '\t'],
    ['pipe', 'Name|Ort\nA|B\n', '|'],
    ['semicolon despite commas inside quotes', 'Name;Angebote\n"Caritas, Bonn";"a, b, c"\n', ';'],
  ])('detects the %s', (_, text, delimiter) => {
    expect(parseDelimited(text, 'f').delimiter).toBe(delimiter);
  });

  it('counts physical lines with CRLF, LF and bare CR, quoted line breaks included', () => {
    const parsed = parseDelimited('Name;Notiz\r\nA;"eins\r\nzwei\rdrei"\rB;x\n\nC;y', 'f');
    expect(parsed.rows.map((r) => [r.cells[0], r.line])).toEqual([
      ['A', 2],
      ['B', 5],
      ['C', 7],
    ]);
    expect(parsed.rows[0]?.cells[1]).toBe('eins\nzwei\ndrei');
  });

  it('trims cells, unquotes doubled quotes and skips blank and #-rows', () => {
    const parsed = parseDelimited(
      '# Vorlage\nName ; Ort\n# Erklärung;x\n"Kita ""Sonne""";  Bonn \n;;\n',
      'f',
    );
    expect(parsed.header).toEqual(['Name', 'Ort']);
    expect(parsed.headerLine).toBe(2);
    expect(parsed.rows).toEqual([{ cells: ['Kita "Sonne"', 'Bonn'], line: 4 }]);
  });

  it('cuts overlong cells and too many columns with a problem', () => {
    const long = 'x'.repeat(IMPORT_LIMITS.fieldLength + 1);
    const wide = Array.from({ length: IMPORT_LIMITS.columns + 2 }, (_, i) => `S${i}`).join(';');
    const parsed = parseDelimited(`${wide}\n${long}\n`, 'f');
    expect(parsed.header).toHaveLength(IMPORT_LIMITS.columns);
    expect(parsed.rows[0]?.cells[0]).toHaveLength(IMPORT_LIMITS.fieldLength);
    expect(parsed.problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'too-many-columns'],
      [2, 'field-too-long'],
    ]);
  });

  it('stops after the preview rows and reports progress', () => {
    const text = 'Name\n' + Array.from({ length: 30_000 }, (_, i) => `Partner ${i}`).join('\n');
    const seen: number[] = [];
    const parsed = parseDelimited(text, 'f', { onProgress: (done) => seen.push(done) });
    expect(parsed.rows).toHaveLength(30_000);
    expect(seen.at(-1)).toBe(text.length);
    expect(seen.length).toBeGreaterThan(2);
    expect(parseDelimited(text, 'f', { maxRows: 5 }).rows).toHaveLength(5);
  });
});
