import { deflateSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importNetwork, IMPORT_LIMITS, previewFile } from '../../../src/core/import';
import { readWorkbook } from '../../../src/core/import/xlsx';
import { PROBLEM_CODES, type Problem } from '../../../src/core/model/problems';
import { csvFile } from './helpers';
import {
  rawZip,
  sheetXml,
  workbookFrame,
  xlsx,
  zeroBomb,
  ZEROS_PER_BLOCK,
  type RawEntry,
} from './workbooks';

const encode = (text: string) => new TextEncoder().encode(text);
const PARTNERS = [
  ['ID', 'Name', 'Sektor'],
  ['P1', 'Jugendamt Beispielstadt', 'Kinder- und Jugendhilfe'],
  ['P2', 'Geburtsklinik St. Marien', 'Gesundheitswesen'],
];

/** The frame of a one-sheet workbook as entries of a hand-made archive, deflated honestly. */
function frameEntries(): RawEntry[] {
  return Object.entries(workbookFrame(['Partner'])).map(([name, text]) => {
    const data = encode(text);
    return { name, method: 8, data: deflateSync(data), declaredSize: data.length };
  });
}

const codes = (problems: readonly Problem[]) => problems.map((p) => p.code);

describe('workbooks are inflated with a cap', () => {
  it('a sheet that inflates to 300 MB of zeros (2 MB on disk) is refused, naming the part, before any of it is parsed', async () => {
    const bomb = zeroBomb(300);
    const bytes = rawZip([
      ...frameEntries(),
      {
        name: 'xl/worksheets/sheet1.xml',
        method: 8,
        data: bomb,
        declaredSize: 1 + 300 * ZEROS_PER_BLOCK,
      },
    ]);
    expect(bytes.length).toBeLessThan(2.1 * 1024 * 1024);
    const result = await importNetwork({ files: [{ name: 'bombe.xlsx', bytes }] });
    expect(result.fatal).toBe(true);
    expect(result.problems).toEqual([
      {
        file: 'bombe.xlsx',
        line: null,
        severity: 'error',
        code: 'workbook-part-too-large',
        params: { part: 'xl/worksheets/sheet1.xml', limit: 256 },
      },
    ]);
  });

  it('parts within the part cap but past the workbook cap together are refused', async () => {
    const problems: Problem[] = [];
    const sheet = encode(sheetXml(PARTNERS));
    const parts: Record<string, Uint8Array> = {};
    for (const [name, text] of Object.entries(workbookFrame(['Partner'])))
      parts[name] = encode(text);
    parts['xl/worksheets/sheet1.xml'] = sheet;
    for (let i = 0; i < 5; i++) parts[`xl/media/notes${i}.xml`] = new Uint8Array(4000);
    const tables = await readWorkbook('viele.xlsx', zipSync(parts), problems, {
      limits: { workbookBytes: 12_000, partBytes: 8_000 },
    });
    expect(tables).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'workbook-too-large', params: { limit: 0 } }),
    ]);
  });

  it('one part listed again and again in the central directory counts every time it is inflated', async () => {
    const entries = frameEntries();
    const sheet = encode(sheetXml(PARTNERS));
    entries.push({
      name: 'xl/worksheets/sheet1.xml',
      method: 8,
      data: deflateSync(sheet),
      declaredSize: sheet.length,
    });
    const directory = [...entries.keys(), ...Array.from({ length: 50 }, () => entries.length - 1)];
    const problems: Problem[] = [];
    await readWorkbook('doppelt.xlsx', rawZip(entries, directory), problems, {
      limits: { workbookBytes: 20 * sheet.length, partBytes: 2 * sheet.length },
    });
    expect(codes(problems)).toEqual(['workbook-too-large']);
  });

  it('sizes in the headers that lie (1 byte, 4 GB) are not believed: the workbook reads as it is', async () => {
    const sheet = encode(sheetXml(PARTNERS));
    const read = async (declaredSize: number) => {
      const bytes = rawZip([
        ...frameEntries(),
        { name: 'xl/worksheets/sheet1.xml', method: 8, data: deflateSync(sheet), declaredSize },
      ]);
      return importNetwork({ files: [{ name: 'luegt.xlsx', bytes }] });
    };
    const honest = await read(sheet.length);
    expect(honest.network.partners.map((p) => p.name)).toEqual([
      'Jugendamt Beispielstadt',
      'Geburtsklinik St. Marien',
    ]);
    for (const declared of [1, 0xfffffff0]) {
      const lying = await read(declared);
      expect(lying.network).toEqual(honest.network);
      expect(lying.problems).toEqual(honest.problems);
    }
  });

  it('a cap passed by a real sheet is passed at the same byte count whatever its compression', async () => {
    const sheet = encode(sheetXml(PARTNERS));
    for (const method of [0, 8]) {
      const problems: Problem[] = [];
      const data = method === 0 ? sheet : deflateSync(sheet);
      const bytes = rawZip([
        ...frameEntries(),
        { name: 'xl/worksheets/sheet1.xml', method, data, declaredSize: 10 },
      ]);
      await readWorkbook('knapp.xlsx', bytes, problems, {
        limits: { workbookBytes: 1e9, partBytes: sheet.length - 1 },
      });
      expect(codes(problems)).toEqual(['workbook-part-too-large']);
      const fits: Problem[] = [];
      await readWorkbook('knapp.xlsx', bytes, fits, {
        limits: { workbookBytes: 1e9, partBytes: sheet.length },
      });
      expect(fits).toEqual([]);
    }
  });
});

describe('a sheet is read only as far as the importer reads', () => {
  it('a row number far below Excel’s last row is cut, not filled with billions of empty rows', async () => {
    const xml = sheetXml(PARTNERS).replace(
      '</sheetData>',
      '<row r="2000000000"><c r="A2000000000" t="inlineStr"><is><t>P9</t></is></c></row></sheetData>',
    );
    const parts: Record<string, Uint8Array> = {};
    for (const [name, text] of Object.entries(workbookFrame(['Partner'])))
      parts[name] = encode(text);
    parts['xl/worksheets/sheet1.xml'] = encode(xml);
    const result = await importNetwork({ files: [{ name: 'weit.xlsx', bytes: zipSync(parts) }] });
    expect(result.network.partners).toHaveLength(2);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'too-many-rows', file: 'weit.xlsx [Partner]', line: 3 }),
    ]);
  });

  it('one value in column XFD of a long sheet is refused as too many cells, not padded to 16,384 columns', async () => {
    const rows = [
      PARTNERS[0]!,
      ...Array.from({ length: 2_000 }, (_, i) => [`P${i}`, `Partner ${i}`]),
    ];
    const xml = sheetXml(rows).replace(
      '<row r="2">',
      '<row r="2"><c r="XFD2" t="inlineStr"><is><t>vergessen</t></is></c>',
    );
    const parts: Record<string, Uint8Array> = {};
    for (const [name, text] of Object.entries(workbookFrame(['Partner'])))
      parts[name] = encode(text);
    parts['xl/worksheets/sheet1.xml'] = encode(xml);
    const result = await importNetwork({ files: [{ name: 'breit.xlsx', bytes: zipSync(parts) }] });
    expect(result.fatal).toBe(true);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'too-many-cells',
        file: 'breit.xlsx [Partner]',
        params: { rows: 2_001, columns: 16_384, limit: IMPORT_LIMITS.cells },
      }),
    ]);
  });

  it('the preview of a workbook reads the rows it shows and stops; the import reads them all', async () => {
    const rows = [
      PARTNERS[0]!,
      ...Array.from({ length: 5_000 }, (_, i) => [`P${i}`, `Partner ${i}`, 'Gesundheitswesen']),
    ];
    const bytes = xlsx({ Partner: rows });
    const [preview] = await previewFile({ name: 'lang.xlsx', bytes }, { maxRows: 40 });
    expect(preview).toMatchObject({ name: 'lang.xlsx [Partner]', kind: 'partners', headerLine: 1 });
    expect(preview!.records.length).toBeLessThanOrEqual(41 + 20);
    expect(preview!.rows[0]).toEqual(['P0', 'Partner 0', 'Gesundheitswesen']);
    const result = await importNetwork({ files: [{ name: 'lang.xlsx', bytes }] });
    expect(result.network.partners).toHaveLength(5_000);
    expect(result.problems).toEqual([]);
  });
});

describe('broken and random archives', () => {
  const good = xlsx({ Partner: PARTNERS });

  it('a workbook cut off anywhere is unreadable or read, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 4, max: good.length - 1 }), async (length) => {
        const result = await importNetwork({
          files: [{ name: 'kurz.xlsx', bytes: good.slice(0, length) }],
        });
        expect(codes(result.problems)).toContain('unreadable-file');
        expect(result.fatal).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('bytes changed anywhere in a workbook give a result with known problem codes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (changes) => {
          const bytes = good.slice();
          for (const [at, value] of changes) bytes[at] = value;
          const result = await importNetwork({ files: [{ name: 'kaputt.xlsx', bytes }] });
          for (const p of result.problems) expect(PROBLEM_CODES).toContain(p.code);
          const preview = await previewFile({ name: 'kaputt.xlsx', bytes });
          expect(preview.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('random bytes behind a ZIP signature, and random small archives, never crash the import', async () => {
    const part = fc.record({
      name: fc.constantFrom(
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/worksheets/sheet1.xml',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        '__proto__.xml',
      ),
      text: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(sheetXml(PARTNERS))),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .uint8Array({ maxLength: 400 })
            .map((tail) => Uint8Array.from([0x50, 0x4b, 3, 4, ...tail])),
          fc.array(part, { maxLength: 6 }).map((parts) => {
            const files: Record<string, Uint8Array> = {};
            for (const p of parts) files[p.name] = encode(p.text);
            return zipSync(files);
          }),
        ),
        async (bytes) => {
          const result = await importNetwork({ files: [{ name: 'zufall.xlsx', bytes }] });
          for (const p of result.problems) expect(PROBLEM_CODES).toContain(p.code);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the row limit is the same for CSV and workbooks', () => {
  it('a list of thousands of rows reads the same from CSV and from a workbook', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1_000, max: 4_000 }), fc.nat(9), async (count, blanks) => {
        const rows = [
          ['ID', 'Name', 'Sektor'],
          ...Array.from({ length: count }, (_, i) => [
            `P${i}`,
            `Partner ${i}`,
            i % 2 ? 'Gesundheitswesen' : 'Zivilgesellschaft',
          ]),
        ];
        // Blank rows in between, which both paths skip.
        const withBlanks = rows.flatMap((row, i) =>
          i > 0 && i % 500 === 0 && blanks > 0 ? [['', '', ''], row] : [row],
        );
        const csv = await importNetwork({
          files: [csvFile('p.csv', withBlanks.map((r) => r.join(';')).join('\r\n'))],
        });
        const book = await importNetwork({
          files: [{ name: 'p.xlsx', bytes: xlsx({ P: withBlanks }) }],
        });
        expect(book.network).toEqual(csv.network);
      }),
      { numRuns: 4 },
    );
  });

  it(`both keep ${IMPORT_LIMITS.rows.toLocaleString('en')} data rows below the header and say that more were not read`, async () => {
    const count = IMPORT_LIMITS.rows + 3;
    const lines = ['Von;An'];
    for (let i = 0; i < count; i++) lines.push(`A${i};B${i}`);
    const csv = await importNetwork({ files: [csvFile('k.csv', lines.join('\n'))] });
    const rows = lines.map((line) => line.split(';'));
    const book = await importNetwork({ files: [{ name: 'k.xlsx', bytes: xlsx({ K: rows }) }] });
    expect(csv.summary.files[0]!.rows).toBe(IMPORT_LIMITS.rows);
    expect(book.summary.files[0]!.rows).toBe(IMPORT_LIMITS.rows);
    const limitProblem = (problems: readonly Problem[]) =>
      problems.filter((p) => p.code === 'too-many-rows').map((p) => [p.line, p.params]);
    expect(limitProblem(book.problems)).toEqual(limitProblem(csv.problems));
    expect(limitProblem(csv.problems)).toEqual([
      [IMPORT_LIMITS.rows + 1, { limit: IMPORT_LIMITS.rows }],
    ]);
  }, 120_000);
});
