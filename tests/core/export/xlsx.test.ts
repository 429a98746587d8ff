import readXlsxFile from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { networkToXlsx, tablesToXlsx } from '../../../src/core/export/xlsx';
import { sampleNetwork } from './sample-network';

async function readSheets(bytes: Uint8Array) {
  return readXlsxFile(Buffer.from(bytes));
}

describe('networkToXlsx', () => {
  it('is a zip workbook with the sheets Partner and Kooperationen', async () => {
    const bytes = await networkToXlsx(sampleNetwork());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const sheets = await readSheets(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Partner', 'Kooperationen']);
    const partners = sheets[0]?.data ?? [];
    expect(partners[0]).toEqual([
      'ID',
      'Name',
      'Sektor',
      'Einrichtungsart',
      'Träger',
      'Kommune',
      'Sozialraum',
      'Angebote',
      'Seit',
      'Ansprechperson',
    ]);
    expect(partners[4]?.[1]).toBe('Kita "Sonnenschein"; Süd');
    expect(sheets[1]?.data[1]).toEqual(['JA', 'GK', 4, 'ja', 'Babylotse', 2015]);
  });
});

describe('tablesToXlsx', () => {
  it('keeps numbers as numbers and formula-like text as written, in string cells, never as formulas', async () => {
    const bytes = await tablesToXlsx([
      {
        name: 'Zentralität',
        headers: ['Partner', 'Betweenness'],
        rows: [
          ['=HYPERLINK("http://example.com")', 0.522],
          ['-3', -3],
          ['-Süd', 1],
          ['@SUMME(A1)', 2],
          ['Insel', Number.NaN],
        ],
      },
    ]);
    const [sheet] = await readSheets(bytes);
    expect(sheet?.data).toEqual([
      ['Partner', 'Betweenness'],
      ['=HYPERLINK("http://example.com")', 0.522],
      ['-3', -3],
      ['-Süd', 1],
      ['@SUMME(A1)', 2],
      ['Insel', null],
    ]);
    // A spreadsheet evaluates only a cell with a formula element: the workbook has none.
    const parts = unzipSync(bytes);
    const sheets = Object.keys(parts).filter((name) => name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const name of sheets) expect(strFromU8(parts[name]!)).not.toMatch(/<f[\s>]/);
  });

  it('makes a sheet name Excel accepts', async () => {
    const bytes = await tablesToXlsx([
      { name: 'Lücken: Gesundheit/Beratung [2024] und noch viel mehr', headers: ['A'], rows: [] },
    ]);
    const [sheet] = await readSheets(bytes);
    expect(sheet?.sheet).toBe('Lücken_ Gesundheit_Beratung _20');
  });
});

describe('workbook sheets and strings', () => {
  it('gives a second sheet of the same name (ignoring case) a number', async () => {
    const bytes = await tablesToXlsx(
      ['Gremien', 'gremien', 'Gremien'].map((name) => ({ name, headers: ['A'], rows: [] })),
    );
    const sheets = await readSheets(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Gremien', 'gremien (2)', 'Gremien (3)']);
  });

  it('reads back text that looks like an escape of the format, and prototype names', async () => {
    const texts = ['_x0041_', 'Kita_x00e4__x', 'constructor', '__proto__', 'toString'];
    const bytes = await tablesToXlsx([
      { name: 'Texte', headers: ['Text'], rows: texts.map((text) => [text]) },
    ]);
    const [sheet] = await readSheets(bytes);
    expect(sheet?.data.slice(1).map((row) => row[0])).toEqual(texts);
  });
});
