import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../../src/core/import';
import { csvFile } from './helpers';

const partnerList = [
  'ID;Name;Sektor;Einrichtungsart;Träger;Kommune;Sozialraum;Angebote;Seit;Ansprechperson',
  'P1;Jugendamt Bonn;Kinder- und Jugendhilfe;Jugendamt / ASD;öffentlich;Bonn;Zentrum;Willkommensbesuch|Babylotse;2012;Frau Weber',
  'P2;Geburtsklinik St. Marien;Gesundheitswesen;Geburtsklinik;frei;Bonn;Beuel;;2015;',
  'P3;Kita Sonnenschein;Kinder- und Jugendhilfe;Kita;frei;Bonn;Beuel;Elterncafé, Sprachförderung;;',
].join('\r\n');

const cooperationList = [
  'Von;An;Intensität;Vereinbarung;Art;Seit',
  'P1;P2;3;ja;Fallberatung;2016',
  'P1;Kita Sonnenschein;2;nein;;',
].join('\r\n');

describe('a partner list and a cooperation list with the canonical headers', () => {
  it('become partners with all fields and ties between them', async () => {
    const result = await importNetwork({
      files: [csvFile('partner.csv', partnerList), csvFile('kooperationen.csv', cooperationList)],
    });
    expect(result.problems).toEqual([]);
    expect(result.fatal).toBe(false);
    const [jugendamt] = result.network.partners;
    expect(jugendamt).toMatchObject({
      id: 'P1',
      name: 'Jugendamt Bonn',
      sector: 'Kinder- und Jugendhilfe',
      type: 'Jugendamt / ASD',
      carrier: 'öffentlich',
      municipality: 'Bonn',
      socialArea: 'Zentrum',
      offers: ['Willkommensbesuch', 'Babylotse'],
      since: 2012,
    });
    expect({ ...jugendamt?.attributes }).toEqual({ Ansprechperson: 'Frau Weber' });
    expect(result.network.partners[2]?.offers).toEqual(['Elterncafé', 'Sprachförderung']);
    expect(result.network.cooperations).toMatchObject([
      { source: 'P1', target: 'P2', intensity: 3, formal: true, kind: 'Fallberatung', since: 2016 },
      { source: 'P1', target: 'P3', intensity: 2, formal: false, kind: '', since: null },
    ]);
    expect(result.summary).toMatchObject({ partners: 3, cooperations: 2 });
    expect(result.summary.files.map((f) => [f.kind, f.delimiter, f.rows])).toEqual([
      ['partners', ';', 3],
      ['cooperations', ';', 2],
    ]);
  });

  it('reads English headers, commas and a list without IDs, matching names loosely', async () => {
    const partners = csvFile(
      'partners.csv',
      'Name,Sector,Type\nFamilienzentrum Nord,Kinder- und Jugendhilfe,Familienzentrum\nHebamme Schulz,Gesundheitswesen,Hebamme\n',
    );
    const ties = csvFile(
      'ties.csv',
      'Source,Target,Weight\n familienzentrum  NORD ,Hebamme Schulz,4\n',
    );
    const result = await importNetwork({ files: [partners, ties] });
    expect(result.problems).toEqual([]);
    expect(result.network.partners.map((p) => p.id)).toEqual([
      'Familienzentrum Nord',
      'Hebamme Schulz',
    ]);
    expect(result.network.cooperations).toMatchObject([
      { source: 'Familienzentrum Nord', target: 'Hebamme Schulz', intensity: 4 },
    ]);
  });

  it.each([
    ['Partner 1;Partner 2;Gewicht', 'A;B;2'],
    ['Quelle;Ziel;Strength', 'A;B;2'],
    ['From;To;intensity', 'A;B;2'],
    ['Von;An;Intensitaet', 'A;B;2'],
  ])('a cooperation list alone (%s) creates its partners from the names', async (header, row) => {
    const result = await importNetwork({ files: [csvFile('k.csv', `${header}\n${row}\n`)] });
    expect(result.problems).toEqual([]);
    expect(result.network.partners.map((p) => p.name)).toEqual(['A', 'B']);
    expect(result.network.cooperations[0]?.intensity).toBe(2);
  });
});

describe('rows that cannot be read are reported with file, line and code; the rest imports', () => {
  const partners = csvFile(
    'partner.csv',
    '\uFEFFID;Name\r\nP1;Jugendamt\r\nP2;\r\nP1;Gesundheitsamt\r\nP3;"Beratungsstelle\r\nam Markt"\r\nP4;Kita\r\nP4;Kita\r\n',
  );
  const ties = csvFile(
    'kooperationen.csv',
    'Von;An;Intensität\nP1;P9;2\nP1;P1;3\nP1;P3;7\nP3;P1;2\nP1;P4\nP4;P3;2;überzählig\nP1;;1\n',
  );

  it('names each problem', async () => {
    const result = await importNetwork({ files: [partners, ties] });
    const found = result.problems.map((p) => [p.file, p.line, p.code]);
    expect(found).toEqual([
      ['partner.csv', 3, 'empty-name'],
      ['partner.csv', 4, 'duplicate-id'],
      ['partner.csv', 8, 'duplicate-partner'],
      ['kooperationen.csv', 2, 'unknown-partner'],
      ['kooperationen.csv', 3, 'self-tie'],
      ['kooperationen.csv', 4, 'intensity-out-of-range'],
      ['kooperationen.csv', 5, 'duplicate-tie'],
      ['kooperationen.csv', 6, 'ragged-row'],
      ['kooperationen.csv', 7, 'ragged-row'],
      ['kooperationen.csv', 8, 'empty-name'],
    ]);
    expect(result.problems.find((p) => p.code === 'unknown-partner')?.params).toEqual({
      name: 'P9',
    });
    expect(result.network.partners.map((p) => p.name)).toEqual([
      'Jugendamt',
      'Beratungsstelle am Markt',
      'Kita',
    ]);
    expect(result.network.cooperations).toMatchObject([
      { source: 'P1', target: 'P3', intensity: 4 },
      { source: 'P1', target: 'P4', intensity: 1 },
      { source: 'P4', target: 'P3', intensity: 2 },
    ]);
  });

  it('reports the same partner with different data under one ID as a conflict and keeps the first', async () => {
    const result = await importNetwork({
      files: [
        csvFile('p.csv', 'ID;Name;Sektor\nP1;Kita;Kinder- und Jugendhilfe\nP1;Kita;Bildung\n'),
      ],
    });
    expect(result.problems.map((p) => [p.line, p.code, p.severity])).toEqual([
      [3, 'conflicting-partner', 'warning'],
    ]);
    expect(result.network.partners[0]?.sector).toBe('Kinder- und Jugendhilfe');
  });

  it('an empty file is fatal and leaves the caller its network', async () => {
    const result = await importNetwork({ files: [csvFile('leer.csv', '')] });
    expect(result.fatal).toBe(true);
    expect(result.problems.map((p) => p.code)).toEqual(['empty-file']);
  });
});
