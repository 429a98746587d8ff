import { fc, test } from '@fast-check/vitest';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/core/import';
import { splitRecords } from '../../../src/core/import/records';

interface Split {
  cells: string[] | null;
  line: number;
  end: number;
}

function split(text: string, delimiter: string): Split[] {
  const records: Split[] = [];
  splitRecords(text, delimiter, (cells, line, end) => records.push({ cells, line, end }) > 0);
  return records;
}

/** What papaparse makes of the whole text in one run, with the line count the importer keeps. */
function papaparse(text: string, delimiter: string): Split[] {
  const records: Split[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (result) => {
      const unterminated = result.errors.some((e) => e.code === 'MissingQuotes');
      records.push({ cells: unterminated ? null : result.data, line, end: result.meta.cursor });
      line += text.slice(cursor, result.meta.cursor).split('\n').length - 1;
      cursor = result.meta.cursor;
    },
  });
  return records;
}

/** Lines as exports write them, and as careless hands break them: quotes anywhere, spaces after them. */
const piece = fc.constantFrom(
  'Kita Sonne',
  'Caritas, Bonn',
  '"Caritas; Bonn"',
  '"Kita ""Sonne"""',
  '"zwei\nZeilen"',
  '""',
  '"',
  '" ',
  'a"b',
  '"a"b',
  '"a" ',
  ' ',
  '',
  ';',
  ',',
  '\t',
  '|',
  '\n',
  '\uFEFF',
  'Ä',
);
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
// A text whose first character is a byte order mark is left out: papaparse drops it from the whole
// text (the importer does so before splitting), but keeps it inside a text.
const delimited = text.filter((t) => !t.startsWith('\uFEFF'));

describe('splitting records', () => {
  test.prop([delimited, fc.constantFrom(';', ',', '\t', '|')], { numRuns: 2000 })(
    'gives the records, lines and ends of one papaparse run, whether a record holds quotes or not',
    (source, delimiter) => {
      expect(split(source, delimiter)).toEqual(papaparse(source, delimiter));
    },
  );

  it('reads a partner list with quoted names without help', () => {
    const text = 'ID;Name\nP1;"Kita ""Sonne""; Süd"\nP2;"Praxis\nDr. Roth"\nP3;Hebamme\n';
    expect(split(text, ';')).toEqual([
      { cells: ['ID', 'Name'], line: 1, end: text.indexOf('P1') },
      { cells: ['P1', 'Kita "Sonne"; Süd'], line: 2, end: text.indexOf('P2') },
      { cells: ['P2', 'Praxis\nDr. Roth'], line: 3, end: text.indexOf('P3') },
      { cells: ['P3', 'Hebamme'], line: 5, end: text.length },
      { cells: [''], line: 6, end: text.length },
    ]);
  });

  it('gives up the rest of the text to a quote that is never closed', () => {
    expect(split('Name\n"Kita Sonne\nA\nB', ';')).toEqual([
      { cells: ['Name'], line: 1, end: 5 },
      { cells: null, line: 2, end: 20 },
    ]);
  });
});

/** Cells of a Windows export without quotes: text, delimiters, Excel's LF inside a row, BOMs. */
const windowsPiece = fc.constantFrom(
  'Kita',
  ' Sonne ',
  ';',
  ',',
  '\t',
  '|',
  '',
  '\n',
  '#',
  '\uFEFF',
  'ß',
);
const windowsText = fc
  .array(
    fc.array(windowsPiece, { maxLength: 8 }).map((pieces) => pieces.join('')),
    {
      maxLength: 12,
    },
  )
  .map((lines) => lines.join('\r\n'));

describe('a Windows text without quotes', () => {
  test.prop([windowsText], { numRuns: 500 })(
    'is split where it stands, into the records, lines and problems of the same text with LF',
    (source) => {
      expect(pick(parseDelimited(source, 'f'))).toEqual(
        pick(parseDelimited(source.replace(/\r\n/g, '\n'), 'f')),
      );
    },
  );
});

function pick({
  rows,
  header,
  headerLine,
  delimiter,
  problems,
}: ReturnType<typeof parseDelimited>) {
  return { rows, header, headerLine, delimiter, problems };
}
