import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { createPartner, type Network } from '../../../src/core/model/types';
import {
  createRound,
  defaultInstrument,
  readReturnedWorkbook,
  recogniseReturn,
  safeFileName,
  surveyForm,
  surveyFormsZip,
  type SurveyRound,
} from '../../../src/core/survey';

const instrument = defaultInstrument();
const network: Network = {
  partners: [
    createPartner({ id: 'J', name: 'Jugendamt', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'K', name: 'Kita <Sonne> & "Mond"', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({
      id: 'F',
      name: '=HYPERLINK("http://example.org","klick")',
      sector: 'Gesundheitswesen',
    }),
    createPartner({ id: 'X', name: '_x0041_ Praxis', sector: '' }),
  ],
  cooperations: [],
};
const round = createRound(network, instrument, { name: 'Befragung 2025', created: '2025-03-01' })
  .round as SurveyRound;

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]),
  );
}

describe('a survey form', () => {
  const form = surveyForm(round, instrument, 'J');
  const xml = parts(form);
  const sheet1 = xml['xl/worksheets/sheet1.xml']!;

  it('opens with the form: a header row naming the other partner first and a column "Intensität …"', async () => {
    const sheets = await readXlsxFile(form.slice().buffer);
    const [first] = sheets;
    const header = first!.data[0]!.map(String);
    expect(header[0]).toBe('Partner');
    expect(header.filter((h) => h.startsWith('Intensität'))).toEqual([
      'Intensität der Zusammenarbeit',
    ]);
    expect(header).toContain('Vertrauen: zuverlässig');
    expect(header).toContain('Wert: Engagement');
    expect(header.at(-1)).toBe('Sektor');
    expect(first!.data.slice(1).map((row) => row[0])).toEqual([
      '=HYPERLINK("http://example.org","klick")',
      'Kita <Sonne> & "Mond"',
      '_x0041_ Praxis',
    ]);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Fragebogen',
      'Anleitung',
      'Ihre Einrichtung',
      'Listen',
      'Kennung',
    ]);
  });

  it('writes names as text, never as a formula', () => {
    expect(Object.values(xml).some((part) => part.includes('<f>') || part.includes('<f '))).toBe(
      false,
    );
    expect(xml['xl/sharedStrings.xml']).toContain('=HYPERLINK(&quot;http://example.org&quot;');
    expect(xml['xl/sharedStrings.xml']).toContain('_x005F_x0041_ Praxis');
  });

  it('has a drop-down list on every answer column of every partner row', () => {
    const ranges = [
      ...sheet1.matchAll(/<dataValidation type="list"[^>]*sqref="([^"]+)"><formula1>([^<]+)</gu),
    ];
    expect(ranges.map((m) => m[1])).toEqual([
      'B2:B4',
      'C2:C4',
      'D2:D4',
      'E2:E4',
      'F2:F4',
      'G2:G4',
      'H2:H4',
      'I2:I4',
    ]);
    const names = [...xml['xl/workbook.xml']!.matchAll(/<definedName name="([^"]+)">([^<]+)</gu)];
    for (const [, , source] of ranges) expect(names.map((n) => n[1])).toContain(source);
    expect(names.find((n) => n[1] === 'Auswahl_2')?.[2]).toBe('&apos;Listen&apos;!$B$1:$B$5');
  });

  it('protects the sheets and unlocks only the answer cells', () => {
    expect(sheet1).toContain('<sheetProtection sheet="1"');
    const styles = xml['xl/styles.xml']!;
    const cellFormats = /<cellXfs[^>]*>(.*)<\/cellXfs>/u.exec(styles)![1]!;
    const formats = cellFormats.split('<xf ').slice(1);
    const unlocked = formats.flatMap((f, i) => (f.includes('locked="0"') ? [i] : []));
    expect(unlocked).toHaveLength(1);
    const answerCells = [...sheet1.matchAll(/<c r="([A-Z]+)(\d+)" s="(\d+)"/gu)].filter(
      (m) => Number(m[3]) === unlocked[0],
    );
    expect(answerCells).toHaveLength(3 * 8);
    expect(answerCells.every((m) => m[1]! >= 'B' && m[1]! <= 'I' && Number(m[2]) >= 2)).toBe(true);
    expect(xml['xl/workbook.xml']).toContain('<workbookProtection lockStructure="1"/>');
  });

  it('hides the lists and the identity sheet', () => {
    expect(xml['xl/workbook.xml']).toMatch(/<sheet name="Listen" sheetId="4" state="hidden"/u);
    expect(xml['xl/workbook.xml']).toMatch(/<sheet name="Kennung" sheetId="5" state="veryHidden"/u);
  });

  it('is recognised by its own identity sheet', async () => {
    const read = await readReturnedWorkbook({ name: 'Jugendamt.xlsx', bytes: form });
    const { response, problems } = recogniseReturn(read.workbook!, round, instrument);
    expect(response).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['survey-empty-form']);
  });

  it('in English, has the German label before the English one and the instructions in English', async () => {
    const sheets = await readXlsxFile(surveyForm(round, instrument, 'J', 'en').slice().buffer);
    expect(sheets[0]!.data[0]![2]).toBe('Intensität der Zusammenarbeit / Intensity of cooperation');
    expect(sheets.map((s) => s.sheet).slice(0, 3)).toEqual([
      'Form',
      'Instructions',
      'Your organisation',
    ]);
    expect(String(sheets[1]!.data[1]![0])).toBe('Form for: Jugendamt');
  });

  it('leaves out the questions switched off, and the own sheet when none of its questions is asked', async () => {
    const short = createRound(network, instrument, {
      name: 'Kurz',
      created: '2025-03-01',
      items: ['contact', 'intensity'],
    }).round!;
    const sheets = await readXlsxFile(surveyForm(short, instrument, 'K').slice().buffer);
    expect(sheets[0]!.data[0]).toEqual([
      'Partner',
      'Kontakt',
      'Intensität der Zusammenarbeit',
      'Sektor',
    ]);
    expect(sheets.map((s) => s.sheet)).toEqual(['Fragebogen', 'Anleitung', 'Listen', 'Kennung']);
  });

  it('writes the same bytes for the same form', () => {
    expect(surveyForm(round, instrument, 'J')).toEqual(form);
  });
});

describe('the forms of a round', () => {
  it('come in one ZIP, one workbook for each partner asked, named after it', () => {
    const { zip, files } = surveyFormsZip(round, instrument);
    const entries = unzipSync(zip);
    expect(files.map((f) => f.partner)).toEqual(round.asked);
    expect(Object.keys(entries).sort()).toEqual(files.map((f) => f.file).sort());
    expect(files.find((f) => f.partner === 'F')?.file).toBe(
      '=HYPERLINK(_http___example.org_,_klick_).xlsx',
    );
    expect(files.find((f) => f.partner === 'K')?.file).toBe('Kita _Sonne_ & _Mond_.xlsx');
  });
});

describe('safe file names', () => {
  it.each([
    ['Caritas e.V.', 'Caritas e.V.xlsx'],
    ['AWO / KV Bonn', 'AWO _ KV Bonn.xlsx'],
    ['CON', 'CON_.xlsx'],
    ['  ...  ', 'Partner.xlsx'],
    ['a\u0000b\tc', 'ab c.xlsx'],
    ['x'.repeat(200), `${'x'.repeat(80)}.xlsx`],
  ])('%j becomes %j', (name, file) => {
    expect(safeFileName(name, 'xlsx', new Set())).toBe(file);
  });

  it('numbers a name taken, ignoring case as Windows does', () => {
    const taken = new Set<string>();
    expect(safeFileName('Kita', 'xlsx', taken)).toBe('Kita.xlsx');
    expect(safeFileName('KITA', 'xlsx', taken)).toBe('KITA (2).xlsx');
    expect(safeFileName('kita', 'xlsx', taken)).toBe('kita (3).xlsx');
  });
});
