import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../../src/core/import';
import { fixture } from './helpers';

describe('files as German Excel writes them', () => {
  it('"CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF, umlauts and typographic quotes', async () => {
    const result = await importNetwork({ files: [fixture('excel-csv-trennzeichen.csv')] });
    expect(result.problems).toEqual([]);
    expect(result.summary.files).toEqual([
      {
        name: 'excel-csv-trennzeichen.csv',
        kind: 'partners',
        encoding: 'windows-1252',
        delimiter: ';',
        rows: 5,
      },
    ]);
    const names = result.network.partners.map((p) => p.name);
    expect(names).toContain('Frühförderstelle Nettetal');
    expect(names).toContain('Schwangerschaftsberatung „donum vitae“');
    expect(result.network.partners[0]?.carrier).toBe('öffentlich');
    expect(result.network.partners[3]?.offers).toEqual(['Beratung; Begleitung']);
    expect(result.network.partners[4]?.offers).toEqual(['Familienhebamme', 'Elterncafé']);
  });

  it('"CSV UTF-8": BOM, semicolons, CRLF; partners named by ID or by name, "2,5" rounded with a warning', async () => {
    const result = await importNetwork({
      files: [fixture('excel-csv-trennzeichen.csv'), fixture('excel-csv-utf8.csv')],
    });
    expect(result.summary.files[1]).toMatchObject({
      kind: 'cooperations',
      encoding: 'utf-8',
      delimiter: ';',
      rows: 5,
    });
    expect(result.problems.map((p) => [p.line, p.code, p.params])).toEqual([
      [6, 'intensity-rounded', { value: '2,5', used: 3 }],
    ]);
    expect(
      result.network.cooperations.map((c) => [c.source, c.target, c.intensity, c.formal]),
    ).toEqual([
      ['JA01', 'GK02', 4, true],
      ['JA01', 'FF03', 3, false],
      ['JA01', 'HB05', 4, true],
      ['SB04', 'HB05', 2, false],
      ['GK02', 'HB05', 3, false],
    ]);
  });

  it('"Unicode-Text": UTF-16LE with BOM and tabs', async () => {
    const result = await importNetwork({ files: [fixture('excel-unicode-text.txt')] });
    expect(result.problems).toEqual([]);
    expect(result.summary.files[0]).toMatchObject({
      kind: 'partners',
      encoding: 'utf-16le',
      delimiter: '\t',
      rows: 3,
    });
    expect(result.network.partners[1]).toMatchObject({
      name: 'Kinderarztpraxis Dr. Öztürk',
      type: 'kinderärztliche Praxis',
      socialArea: 'Nord',
    });
  });

  it('cells with line breaks (Alt+Enter) keep them and the following lines keep their numbers', async () => {
    const result = await importNetwork({ files: [fixture('quoted-linebreaks.csv')] });
    const partners = result.network.partners;
    expect(partners.slice(0, 3).map((p) => p.name)).toEqual([
      'Elterncafé Mitte',
      'Erziehungsberatung der Caritas',
      'Gesundheitsamt',
    ]);
    expect(partners[0]?.attributes['Bemerkung']).toBe('Jeden Dienstag\n9–11 Uhr');
    expect(partners[1]?.attributes['Bemerkung']).toBe('Mit "offener" Sprechstunde;\nauch online');
    expect(partners[1]?.offers).toEqual(['Beratung', 'Begleitung']);
  });

  it('a real .xlsx workbook: one table a sheet, recognised by the headers', async () => {
    const result = await importNetwork({ files: [fixture('netzwerk.xlsx')] });
    expect(result.problems).toEqual([]);
    expect(result.summary.files.map((f) => [f.name, f.kind, f.rows])).toEqual([
      ['netzwerk.xlsx [Partner]', 'partners', 3],
      ['netzwerk.xlsx [Kooperationen]', 'cooperations', 2],
      ['netzwerk.xlsx [Angebote]', 'offers', 2],
      ['netzwerk.xlsx [Gremien]', 'memberships', 3],
    ]);
    expect(result.network.partners[0]).toMatchObject({
      id: 'P1',
      since: 2012,
      offers: ['Willkommensbesuch'],
    });
    expect(result.network.cooperations).toMatchObject([
      { source: 'P1', target: 'P2', intensity: 4, formal: true, kind: 'Babylotse', since: 2015 },
      { source: 'P1', target: 'P3', intensity: 3, formal: false },
    ]);
    expect(result.offers).toEqual([
      {
        partner: 'P1',
        offer: 'Willkommensbesuch',
        socialArea: 'Zentrum',
        targetGroup: 'Eltern mit Neugeborenen',
      },
      { partner: 'P3', offer: 'Familienhebamme', socialArea: 'Beuel', targetGroup: 'Schwangere' },
    ]);
    expect(result.memberships).toEqual([
      { partner: 'P1', committee: 'AK Frühe Hilfen' },
      { partner: 'P2', committee: 'AK Frühe Hilfen' },
      { partner: 'P3', committee: 'AK Kinderschutz' },
    ]);
  });
});
