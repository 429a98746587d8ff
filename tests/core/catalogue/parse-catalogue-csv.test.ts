import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { parseCatalogueCsv } from '../../../src/core/catalogue/parse-catalogue-csv';

const csv = readFileSync(
  new URL('../../fixtures/catalogue/kkg-nzfh-2024.csv', import.meta.url),
  'utf8',
);
const meta = { id: 'kkg-nzfh', version: '2024.1', source: defaultCatalogue().source };

describe('parseCatalogueCsv', () => {
  it('reads the catalogue table as Excel saves it into the same catalogue as the JSON file', () => {
    const { catalogue, problems } = parseCatalogueCsv(csv, meta);
    expect(problems).toEqual([]);
    expect(catalogue).toEqual(defaultCatalogue());
  });

  it('derives ids from the German labels when the table has none', () => {
    const text =
      'Sektor;Typ;Grundlage;Synonyme\nKinder- und Jugendhilfe;Familienbildungsstätte;§ 3 Abs. 2 KKG;FBS|Elternschule\n';
    const { catalogue } = parseCatalogueCsv(text, meta);
    expect(catalogue?.sectors[0]).toEqual({
      id: 'kinder-jugendhilfe',
      label: { de: 'Kinder- und Jugendhilfe', en: 'Kinder- und Jugendhilfe' },
      synonyms: [],
      types: [
        {
          id: 'familienbildungsstaette',
          label: { de: 'Familienbildungsstätte', en: 'Familienbildungsstätte' },
          basis: 'kkg-3-2',
          synonyms: ['FBS', 'Elternschule'],
        },
      ],
    });
  });

  it('names the missing column and the line of a basis it cannot read, past a quoted line break', () => {
    expect(parseCatalogueCsv('Sektor;Synonyme\nBildung;Schule\n', meta).problems).toMatchObject([
      { code: 'missing-column', params: { column: 'type' } },
      { code: 'missing-column', params: { column: 'basis' } },
    ]);
    const text =
      'Sektor;Typ;Grundlage\r\nBildung;"Schule\r\n(alle Formen)";KKG 3 (2)\r\nBildung;Hort;Gesetz\r\n';
    const { catalogue, problems } = parseCatalogueCsv(text, meta);
    expect(catalogue).toBeNull();
    expect(problems).toMatchObject([
      { code: 'unknown-basis', line: 4, params: { value: 'Gesetz' } },
    ]);
  });
});
