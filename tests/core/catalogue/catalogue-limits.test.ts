import { describe, expect, it } from 'vitest';
import { CATALOGUE_LIMITS } from '../../../src/core/catalogue/limits';
import { parseCatalogueCsv } from '../../../src/core/catalogue/parse-catalogue-csv';
import { parseCatalogueJson } from '../../../src/core/catalogue/parse-catalogue-json';
import type { Catalogue } from '../../../src/core/catalogue/types';
import { findGaps } from '../../../src/core/gaps/find-gaps';
import { importNetwork } from '../../../src/core/import';
import { readFileSync } from 'node:fs';

/** A catalogue of `types` made-up types spread over eight sectors, each with `synonyms` spellings. */
function bigCatalogue(types: number, synonyms: number): Catalogue {
  const sectors = Array.from({ length: 8 }, (_, s) => ({
    id: `sektor-${s}`,
    label: { de: `Sektor ${s}`, en: `Sector ${s}` },
    synonyms: [],
    types: [] as Catalogue['sectors'][number]['types'],
  }));
  for (let t = 0; t < types; t++)
    sectors[t % 8]!.types.push({
      id: `typ-${t}`,
      label: { de: `Einrichtungsart ${t}`, en: `Type ${t}` },
      basis: 'nzfh',
      synonyms: Array.from({ length: synonyms }, (_, y) => `Art ${t}-${y}`),
    });
  return { id: 'gross', version: '1', source: 'Test', sectors };
}

const typeCount = (catalogue: Catalogue) =>
  catalogue.sectors.reduce((n, sector) => n + sector.types.length, 0);

describe('catalogue size', () => {
  it(`a catalogue of more than ${CATALOGUE_LIMITS.types} types is refused, saying how many it has`, () => {
    const catalogue = bigCatalogue(CATALOGUE_LIMITS.types + 1, 0);
    expect(typeCount(catalogue)).toBe(CATALOGUE_LIMITS.types + 1);
    const result = parseCatalogueJson(JSON.stringify(catalogue));
    expect(result.catalogue).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'catalogue-too-large',
        params: expect.objectContaining({ types: CATALOGUE_LIMITS.types + 1 }),
      }),
    ]);
  });

  it('too many spellings are refused from CSV as from JSON', () => {
    const rows = ['Sektor;Typ;Grundlage;Synonyme'];
    for (let i = 0; i < 100; i++)
      rows.push(
        `Gesundheitswesen;Praxis ${i};NZFH;${Array.from({ length: 250 }, (_, y) => `P${i}-${y}`).join('|')}`,
      );
    const result = parseCatalogueCsv(rows.join('\n'), { id: 'x', version: '1', source: 'x' });
    expect(result.catalogue).toBeNull();
    expect(result.problems.map((p) => p.code)).toEqual(['catalogue-too-large']);
  });

  it('a file far too long to be a catalogue is refused before it is parsed', () => {
    const text = ' '.repeat(CATALOGUE_LIMITS.characters + 1);
    expect(parseCatalogueJson(text).problems.map((p) => p.code)).toEqual([
      'catalogue-file-too-large',
    ]);
  });

  it('a catalogue at the limit is read, and the gaps of the sample network against it are found', async () => {
    const catalogue = bigCatalogue(CATALOGUE_LIMITS.types, 7);
    const parsed = parseCatalogueJson(JSON.stringify(catalogue));
    expect(parsed.catalogue).not.toBeNull();
    const file = (name: string) => ({
      name,
      bytes: new Uint8Array(
        readFileSync(new URL(`../../../data/beispielkreis/${name}`, import.meta.url)),
      ),
    });
    const { network } = await importNetwork({
      files: [file('partner.csv'), file('kooperationen.csv')],
    });
    const gaps = findGaps(network, parsed.catalogue!);
    expect(gaps.missingTypes).toHaveLength(CATALOGUE_LIMITS.types);
  });
});
