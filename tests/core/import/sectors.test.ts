import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../../src/core/catalogue/catalogue-index';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import type { Catalogue } from '../../../src/core/catalogue/types';
import { importNetwork, type Interpretation } from '../../../src/core/import';
import { readSectorText } from '../../../src/core/import/sectors';
import { csvFile } from './helpers';

/** A partner list as coordinators write it: the same sectors spelt the way each colleague does. */
const partnerList = [
  'ID;Name;Sektor;Einrichtungsart',
  'P1;Gesundheitsamt Auenstadt;Gesundheit;Gesundheitsamt',
  'P2;Kinderarztpraxis Dr. Yilmaz;gesundheitswesen;Kinderärztliche Praxis',
  'P3;Jugendamt Auenstadt;Jugendhilfe;Jugendamt',
  'P4;Familienpaten Auenstadt;Ehrenamt;Familienpatenschaft',
  'P5;Frühförderstelle Lebenshilfe;Frühförderung;Frühförderstelle',
  'P6;Jobcenter Auenstadt;Soziale Sicherung;Jobcenter',
  'P7;Geburtsklinik St. Marien;Gesundheitswesen;Geburtsklinik',
  'P8;Hebamme Schulz;Gesundheit;Hebamme',
  'P9;Kita Sonnenschein;Kinder- u. Jugendhilfe;Kita',
  'P10;Stadtbibliothek;Kultur;Bibliothek',
].join('\r\n');

async function importPartners(request: Partial<Parameters<typeof importNetwork>[0]> = {}) {
  return importNetwork({ files: [csvFile('partner.csv', partnerList)], ...request });
}

function sectorOf(result: Awaited<ReturnType<typeof importNetwork>>, id: string) {
  return result.network.partners.find((p) => p.id === id)?.sector;
}

function interpretation(
  result: Awaited<ReturnType<typeof importNetwork>>,
  written: string,
): Interpretation | undefined {
  return result.interpretations.find((i) => i.field === 'sector' && i.written === written);
}

describe('sectors as written in a partner list', () => {
  it('are read as the catalogue sectors they spell', async () => {
    const result = await importPartners();
    expect(result.problems).toEqual([]);
    expect(result.network.partners.map((p) => [p.id, p.sector])).toEqual([
      ['P1', 'Gesundheitswesen'],
      ['P2', 'Gesundheitswesen'],
      ['P3', 'Kinder- und Jugendhilfe'],
      ['P4', 'Zivilgesellschaft'],
      ['P5', 'Frühförderung / Eingliederungshilfe'],
      ['P6', 'Soziale Sicherung / Arbeit'],
      ['P7', 'Gesundheitswesen'],
      ['P8', 'Gesundheitswesen'],
      ['P9', 'Kinder- und Jugendhilfe'],
      ['P10', 'Kultur'],
    ]);
  });

  it('give one interpretation per written text that is not the catalogue label, with where it first occurs', async () => {
    const result = await importPartners();
    const sectors = result.interpretations.filter((i) => i.field === 'sector');
    expect(
      sectors.map(({ written, readAs, reason, file, line, count }) => ({
        written,
        readAs,
        reason,
        file,
        line,
        count,
      })),
    ).toEqual([
      {
        written: 'Gesundheit',
        readAs: 'Gesundheitswesen',
        reason: 'synonym',
        file: 'partner.csv',
        line: 2,
        count: 2,
      },
      {
        written: 'gesundheitswesen',
        readAs: 'Gesundheitswesen',
        reason: 'synonym',
        file: 'partner.csv',
        line: 3,
        count: 1,
      },
      {
        written: 'Jugendhilfe',
        readAs: 'Kinder- und Jugendhilfe',
        reason: 'synonym',
        file: 'partner.csv',
        line: 4,
        count: 1,
      },
      {
        written: 'Ehrenamt',
        readAs: 'Zivilgesellschaft',
        reason: 'synonym',
        file: 'partner.csv',
        line: 5,
        count: 1,
      },
      {
        written: 'Frühförderung',
        readAs: 'Frühförderung / Eingliederungshilfe',
        reason: 'synonym',
        file: 'partner.csv',
        line: 6,
        count: 1,
      },
      {
        written: 'Soziale Sicherung',
        readAs: 'Soziale Sicherung / Arbeit',
        reason: 'synonym',
        file: 'partner.csv',
        line: 7,
        count: 1,
      },
      {
        written: 'Kinder- u. Jugendhilfe',
        readAs: 'Kinder- und Jugendhilfe',
        reason: 'synonym',
        file: 'partner.csv',
        line: 10,
        count: 1,
      },
      {
        written: 'Kultur',
        readAs: null,
        reason: 'unknown',
        file: 'partner.csv',
        line: 11,
        count: 1,
      },
    ]);
    const labels = defaultCatalogue().sectors.map((s) => s.label.de);
    for (const sector of sectors)
      expect(sector.choices).toEqual(labels.map((label) => ({ value: label, label })));
  });

  it('follow the choice the user made: another catalogue sector, or kept as written', async () => {
    const result = await importPartners({
      readings: {
        sector: { Ehrenamt: '', Kultur: 'Bildung', Jugendhilfe: 'Kein Sektor des Katalogs' },
      },
    });
    expect(sectorOf(result, 'P4')).toBe('Ehrenamt');
    expect(sectorOf(result, 'P10')).toBe('Bildung');
    expect(interpretation(result, 'Ehrenamt')).toMatchObject({ readAs: null, reason: 'chosen' });
    expect(interpretation(result, 'Kultur')).toMatchObject({ readAs: 'Bildung', reason: 'chosen' });
    // A name the catalogue does not have is no choice: the importer's reading stands.
    expect(sectorOf(result, 'P3')).toBe('Kinder- und Jugendhilfe');
    expect(interpretation(result, 'Jugendhilfe')).toMatchObject({ reason: 'synonym' });
  });

  it('are read against the catalogue the request carries', async () => {
    const own: Catalogue = {
      ...defaultCatalogue(),
      sectors: [
        {
          id: 'gesundheit',
          label: { de: 'Gesundheit', en: 'Health' },
          synonyms: ['Ehrenamt'],
          types: [],
        },
      ],
    };
    const result = await importPartners({ sectors: own.sectors });
    expect(sectorOf(result, 'P1')).toBe('Gesundheit');
    expect(sectorOf(result, 'P4')).toBe('Gesundheit');
    expect(sectorOf(result, 'P3')).toBe('Jugendhilfe');
    expect(interpretation(result, 'Gesundheit')).toBeUndefined();
    expect(interpretation(result, 'Jugendhilfe')?.choices).toEqual([
      { value: 'Gesundheit', label: 'Gesundheit' },
    ]);
  });

  it('leave a list without a sector column and a cooperation list alone', async () => {
    const result = await importNetwork({
      files: [csvFile('kooperationen.csv', 'Von;An\nJugendamt;Geburtsklinik\n')],
    });
    expect(result.network.partners.map((p) => p.sector)).toEqual(['', '']);
    expect(result.interpretations.filter((i) => i.field === 'sector')).toEqual([]);
  });
});

describe('readSectorText', () => {
  const index = indexCatalogue(defaultCatalogue());

  it.each([
    ['Gesundheitswesen', 'label', 'gesundheitswesen'],
    ['Health care', 'synonym', 'gesundheitswesen'],
    ['Jobcenter / Arbeit', 'synonym', 'soziale-sicherung-arbeit'],
    ['Kinder-/Jugendhilfe', 'synonym', 'kinder-jugendhilfe'],
    ['Gesundheitswessen', 'near-miss', 'gesundheitswesen'],
    ['Zivilgeselschaft', 'near-miss', 'zivilgesellschaft'],
  ])('reads "%s" as a catalogue sector (%s)', (text, reason, sectorId) => {
    expect(readSectorText(text, index)).toEqual({ reason, sectorId, suggested: [] });
  });

  it('only suggests a sector a text contains or nearly spells', () => {
    expect(readSectorText('Bereich Frühförderung', index)).toEqual({
      reason: 'near-miss',
      sectorId: null,
      suggested: ['fruehfoerderung-eingliederungshilfe'],
    });
    expect(readSectorText('Bindung', index)).toEqual({
      reason: 'near-miss',
      sectorId: null,
      suggested: ['bildung'],
    });
  });

  it('reads a text naming two sectors as neither', () => {
    expect(readSectorText('Gesundheit / Jugendhilfe', index)).toEqual({
      reason: 'ambiguous',
      sectorId: null,
      suggested: ['kinder-jugendhilfe', 'gesundheitswesen'],
    });
  });

  it('leaves a text without a catalogue sector in it unknown', () => {
    expect(readSectorText('Kultur', index)).toEqual({
      reason: 'unknown',
      sectorId: null,
      suggested: [],
    });
  });

  it('puts suggested sectors first among the choices of a partner list', async () => {
    const result = await importNetwork({
      files: [csvFile('partner.csv', 'Name;Sektor\nLebenshilfe;Bereich Frühförderung\n')],
    });
    expect(result.network.partners[0]?.sector).toBe('Bereich Frühförderung');
    const [reading] = result.interpretations;
    expect(reading).toMatchObject({ readAs: null, reason: 'near-miss' });
    expect(reading?.choices[0]).toEqual({
      value: 'Frühförderung / Eingliederungshilfe',
      label: 'Frühförderung / Eingliederungshilfe',
    });
    expect(reading?.choices).toHaveLength(8);
  });
});
