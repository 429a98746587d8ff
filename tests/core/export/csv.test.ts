import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { networkToCsv, tableToCsv } from '../../../src/core/export/csv';
import { networkTables } from '../../../src/core/export/network-tables';
import { importNetwork } from '../../../src/core/import';
import { sampleNetwork } from './sample-network';

function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), {
    delimiter: ';',
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('networkToCsv', () => {
  it('writes the canonical headers German Excel and the importer expect', () => {
    const csv = networkToCsv(sampleNetwork());
    expect(csv.partners.split('\r\n')[0]).toBe(
      '\uFEFFID;Name;Sektor;Einrichtungsart;Träger;Kommune;Sozialraum;Angebote;Seit;Ansprechperson',
    );
    expect(csv.cooperations.split('\r\n')[0]).toBe('\uFEFFVon;An;Intensität;Vereinbarung;Art;Seit');
  });

  it('re-parses to the same cells: offers joined with |, ja/nein, empty years', () => {
    const csv = networkToCsv(sampleNetwork());
    const partners = parseCsv(csv.partners);
    expect(partners).toHaveLength(6);
    expect(partners[1]).toEqual([
      'JA',
      'Jugendamt Beispielstadt',
      'Kinder- und Jugendhilfe',
      'Jugendamt / ASD',
      'öffentlich',
      'Beispielstadt',
      'Mitte',
      'Willkommensbesuch|Babylotse',
      '2012',
      'Frau Özdemir',
    ]);
    expect(partners[4]?.[1]).toBe('Kita "Sonnenschein"; Süd');
    expect(partners[3]?.[8]).toBe('');
    expect(parseCsv(csv.cooperations)[1]).toEqual(['JA', 'GK', '4', 'ja', 'Babylotse', '2015']);
    expect(parseCsv(csv.cooperations)[3]).toEqual(['GK', 'HB', '2', 'nein', '', '']);
  });

  it('ends every row with CRLF and quotes line breaks inside a cell', () => {
    const text = tableToCsv({ name: 'Notizen', headers: ['Name'], rows: [['Zeile 1\nZeile 2']] });
    expect(text).toBe('\uFEFFName\r\n"Zeile 1\nZeile 2"\r\n');
  });
});

describe('tableToCsv', () => {
  it('writes no NUL or other control character, so that the file is read again as text', async () => {
    const network = sampleNetwork();
    network.partners[0]!.name = 'Jugend\u0000amt\u0007 Viersen';
    const csv = networkToCsv(network);
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(csv.partners).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const result = await importNetwork({
      files: [{ name: 'Partner.csv', bytes: new TextEncoder().encode(csv.partners) }],
    });
    expect(result.fatal).toBe(false);
    expect(result.network.partners[0]?.name).toBe('Jugendamt Viersen');
  });

  it('neutralises text cells that start a formula but writes our own negative numbers as numbers', () => {
    const text = tableToCsv({
      name: 'Maße',
      headers: ['Name', 'Wert'],
      rows: [
        ['-2+3', -3],
        ['@SUM(A1)', 0.5],
      ],
    });
    expect(parseCsv(text)).toEqual([
      ['Name', 'Wert'],
      ["'-2+3", '-3'],
      ["'@SUM(A1)", '0.5'],
    ]);
  });

  it('writes a German decimal comma where the table asks for de-DE', () => {
    const text = tableToCsv({
      name: 'Zentralität',
      headers: ['Partner', 'Betweenness'],
      rows: [
        ['Jugendamt', 0.522],
        ['Kita', 12],
        ['Insel', Number.POSITIVE_INFINITY],
        ['Neu', null],
      ],
      locale: 'de-DE',
    });
    expect(parseCsv(text).slice(1)).toEqual([
      ['Jugendamt', '0,522'],
      ['Kita', '12'],
      ['Insel', ''],
      ['Neu', ''],
    ]);
  });

  it('keeps the tables of networkTables cell for cell', () => {
    const tables = networkTables(sampleNetwork());
    const parsed = parseCsv(tableToCsv(tables.cooperations));
    const expected = [tables.cooperations.headers, ...tables.cooperations.rows].map((row) =>
      row.map((cell) => (cell === null ? '' : String(cell))),
    );
    expect(parsed).toEqual(expected);
  });
});

describe('the offers and memberships lists', () => {
  it('name the partner by ID under the headers the importer reads, formula starts neutralised', () => {
    const csv = networkToCsv(sampleNetwork(), {
      offers: [
        { partner: 'HB', offer: 'Wochenbett; Nachsorge', socialArea: 'Nord', targetGroup: '' },
        { partner: 'JA', offer: '=Babylotse', socialArea: '', targetGroup: 'Eltern "neu"' },
      ],
      memberships: [{ partner: 'JA', committee: 'AK Frühe Hilfen\nMitte' }],
    });
    expect(parseCsv(csv.offers)).toEqual([
      ['Partner', 'Angebot', 'Sozialraum', 'Zielgruppe'],
      ['HB', 'Wochenbett; Nachsorge', 'Nord', ''],
      ['JA', "'=Babylotse", '', 'Eltern "neu"'],
    ]);
    expect(parseCsv(csv.memberships)).toEqual([
      ['Partner', 'Gremium'],
      ['JA', 'AK Frühe Hilfen\nMitte'],
    ]);
  });

  it('are only the header row where there are none', () => {
    const csv = networkToCsv(sampleNetwork());
    expect(csv.offers).toBe('\uFEFFPartner;Angebot;Sozialraum;Zielgruppe\r\n');
    expect(csv.memberships).toBe('\uFEFFPartner;Gremium\r\n');
  });
});

describe("a partner's offers cell", () => {
  const offersCell = (offers: string[]) => {
    const network = sampleNetwork();
    network.partners[0]!.offers = offers;
    return parseCsv(networkToCsv(network).partners)[1]?.[7];
  };

  it('joins several offers with |', () => {
    expect(offersCell(['Willkommensbesuch', 'Beratung, Begleitung'])).toBe(
      'Willkommensbesuch|Beratung, Begleitung',
    );
  });

  it('ends a single offer with a comma in it with |, so that the import does not split it', () => {
    expect(offersCell(['Beratung, Begleitung'])).toBe('Beratung, Begleitung|');
    expect(offersCell(['Babylotse'])).toBe('Babylotse');
  });
});
