import { describe, expect, it } from 'vitest';
import { importNetwork, type ImportResult } from '../../../src/core/import';
import { fixture } from './helpers';

const lists = () => [
  fixture('koordination/partnerliste.csv'),
  fixture('koordination/kooperationen.csv'),
];

const tie = (result: ImportResult, a: string, b: string) =>
  result.network.cooperations.find(
    (c) => (c.source === a && c.target === b) || (c.source === b && c.target === a),
  );

describe('lists as a coordinator keeps them in Excel', () => {
  it('finds the headers below a title row and a blank row, and says which line it took', async () => {
    const result = await importNetwork({ files: lists() });
    expect(result.summary.files.map((f) => f.kind)).toEqual(['partners', 'cooperations']);
    expect(result.network.partners.map((p) => p.id)).toEqual([
      'P01',
      'P02',
      'P03',
      'P04',
      'P05',
      'P06',
      'P07',
      'P08',
    ]);
    const headerNotes = result.problems.filter((p) => p.code === 'header-below-top');
    expect(headerNotes.map((p) => [p.file, p.line, p.params.skipped])).toEqual([
      ['koordination/partnerliste.csv', 3, 1],
      ['koordination/kooperationen.csv', 3, 1],
    ]);
    expect(headerNotes[0]?.params.text).toBe('Netzwerk Frühe Hilfen Musterstadt – Stand 03/2024');
  });

  it('keeps the title row of each list, from which the network is named', async () => {
    const result = await importNetwork({ files: lists() });
    expect(result.summary.files.map((f) => f.title)).toEqual([
      'Netzwerk Frühe Hilfen Musterstadt – Stand 03/2024',
      'Kooperationen im Netzwerk Frühe Hilfen (Abfrage 2024)',
    ]);
  });

  it("reads the coordinator's own headers: Partner-ID, Einrichtung / Träger, Kooperationspartner 1 and 2", async () => {
    const result = await importNetwork({ files: lists() });
    const clinic = result.network.partners.find((p) => p.id === 'P02');
    expect(clinic).toMatchObject({
      name: 'Kinderklinik St. Marien',
      type: 'Kinderklinik',
      socialArea: 'Nord',
    });
    expect(result.network.partners[0]?.attributes).toEqual({ Telefon: '0228 77-0' });
    expect(tie(result, 'P01', 'P03')).toMatchObject({ intensity: 4, formal: true });
  });

  // The row naming "Kita Sonnenschein" (punktuell) is left out: two partners have that name.
  it('reads intensities written as words, and asks about a word it does not know', async () => {
    const result = await importNetwork({ files: lists() });
    expect(tie(result, 'P01', 'P02')?.intensity).toBe(3); // regelmäßig
    expect(tie(result, 'P05', 'P02')?.intensity).toBe(1); // kennen sich
    expect(tie(result, 'P07', 'P02')?.intensity).toBe(3); // 3 – regelmäßig
    expect(tie(result, 'P08', 'P01')?.intensity).toBe(3); // hoch
    expect(tie(result, 'P06', 'P01')?.intensity).toBe(4); // eng
    expect(tie(result, 'P04', 'P06')?.intensity).toBe(2); // gelegentlich
    const words = result.interpretations.filter((i) => i.field === 'intensity');
    expect(words.map((i) => [i.written, i.readAs, i.reason])).toEqual([
      ['regelmäßig', '3', 'word'],
      ['verbindliche Kooperation', '4', 'word'],
      ['kennen sich', '1', 'word'],
      ['eng', '4', 'word'],
      ['3 – regelmäßig', '3', 'word'],
      ['hoch', '3', 'word'],
      ['sehr gut', null, 'unknown'],
      ['gelegentlich', '2', 'word'],
    ]);
    expect(result.problems.filter((p) => p.code === 'invalid-intensity')).toHaveLength(1);
  });

  it('takes the reading the user chose for a word', async () => {
    const result = await importNetwork({
      files: lists(),
      readings: { intensity: { 'sehr gut': '4', regelmäßig: '2' } },
    });
    expect(tie(result, 'P07', 'P05')?.intensity).toBe(4);
    expect(tie(result, 'P01', 'P02')?.intensity).toBe(2);
    expect(result.problems.filter((p) => p.code === 'invalid-intensity')).toEqual([]);
    expect(result.interpretations.find((i) => i.written === 'sehr gut')?.reason).toBe('chosen');
  });

  it('takes a hyphen for a dash and "e.V." for "e. V." with a warning naming both spellings', async () => {
    const result = await importNetwork({ files: lists() });
    expect(tie(result, 'P01', 'P02')).toBeDefined();
    expect(tie(result, 'P06', 'P01')).toBeDefined();
    const near = result.problems.filter((p) => p.code === 'near-miss-partner');
    expect(near.map((p) => [p.line, p.params.name, p.params.used])).toEqual([
      [4, 'Jugendamt Musterstadt - ASD Zentrum', 'Jugendamt Musterstadt – ASD Zentrum'],
      [8, 'Familienpaten e.V.', 'Familienpaten e. V.'],
    ]);
    expect(
      result.interpretations
        .filter((i) => i.field === 'partner')
        .map((i) => [i.written, i.readAs, i.reason]),
    ).toEqual([
      ['Jugendamt Musterstadt - ASD Zentrum', 'P01', 'near-miss'],
      ['Kita Sonnenschein', null, 'ambiguous'],
      ['Familienpaten e.V.', 'P06', 'near-miss'],
    ]);
  });

  it('never gives a name two partners share to one of them silently', async () => {
    const result = await importNetwork({ files: lists() });
    const shared = result.problems.find((p) => p.code === 'ambiguous-partner');
    expect(shared).toMatchObject({
      file: 'koordination/kooperationen.csv',
      line: 6,
      severity: 'error',
      params: { name: 'Kita Sonnenschein', ids: 'P03, P04' },
    });
    expect(tie(result, 'P03', 'P05')).toBeUndefined();
    expect(tie(result, 'P04', 'P05')).toBeUndefined();
    const chosen = await importNetwork({
      files: lists(),
      readings: { partner: { 'Kita Sonnenschein': 'P04' } },
    });
    expect(tie(chosen, 'P04', 'P05')?.intensity).toBe(2);
    expect(chosen.problems.filter((p) => p.code === 'ambiguous-partner')).toEqual([]);
  });

  it('reads the header line the user chose instead of the one found', async () => {
    const result = await importNetwork({
      files: [fixture('koordination/partnerliste.csv')],
      headerLines: { 'koordination/partnerliste.csv': 1 },
    });
    expect(result.fatal).toBe(true);
    expect(result.problems.map((p) => p.code)).toContain('unknown-table');
  });
});

describe('the same lists as an Excel workbook', () => {
  it('finds each sheet’s headers below its title and reads them as the CSV files', async () => {
    const fromCsv = await importNetwork({ files: lists() });
    const result = await importNetwork({ files: [fixture('koordination/netzwerk.xlsx')] });
    expect(result.summary.files.map((f) => [f.name, f.kind])).toEqual([
      ['koordination/netzwerk.xlsx [Partner]', 'partners'],
      ['koordination/netzwerk.xlsx [Kooperationen]', 'cooperations'],
    ]);
    expect(result.network).toEqual(fromCsv.network);
    expect(result.interpretations.map((i) => [i.field, i.written, i.readAs])).toEqual(
      fromCsv.interpretations.map((i) => [i.field, i.written, i.readAs]),
    );
    expect(
      result.problems.filter((p) => p.code === 'header-below-top').map((p) => [p.file, p.line]),
    ).toEqual([
      ['koordination/netzwerk.xlsx [Partner]', 3],
      ['koordination/netzwerk.xlsx [Kooperationen]', 3],
    ]);
  });
});
