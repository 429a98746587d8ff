import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import {
  compareWithReference,
  newestFigureByType,
} from '../../../src/core/reference/compare-with-reference';
import { defaultReferenceFigures } from '../../../src/core/reference/default-reference-figures';
import { parseReferenceJson } from '../../../src/core/reference/parse-reference-json';

const catalogue = defaultCatalogue();
const missing = (...types: string[]) => types.map((type) => ({ type }));

describe('compareWithReference', () => {
  it('answers "no" exactly for the groups whose catalogue type the network lacks', () => {
    const { rows } = compareWithReference(
      defaultReferenceFigures(),
      catalogue,
      missing('familienhebamme-fgkikp', 'familiengericht'),
    );
    const answer = new Map(rows.map((row) => [row.figure.type, row.inNetwork]));
    expect(answer.get('familienhebamme-fgkikp')).toBe(false);
    expect(answer.get('schwangerschaftsberatung')).toBe(true);
    expect([...answer.values()].filter((inNetwork) => inNetwork === false)).toHaveLength(1);
  });

  it('lists the highest share first and keeps what a reader needs to cite the figures', () => {
    const { reference, rows } = compareWithReference(defaultReferenceFigures(), catalogue, []);
    const shares = rows.map((row) => row.figure.percent);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(reference.unit.de).toBe('Kommunen');
    expect(reference).not.toHaveProperty('figures');
  });

  it("says nothing was checked for a group the catalogue in use does not know (a state's own)", () => {
    const state = parseReferenceJson(
      readFileSync(new URL('../../fixtures/app/landeszahlen.json', import.meta.url), 'utf8'),
    ).figures!;
    const { rows } = compareWithReference(state, catalogue, []);
    expect(rows.find((row) => row.figure.type === 'hebammenzentrum')?.inNetwork).toBeNull();
    expect(rows.find((row) => row.figure.type === 'kinderaerztliche-praxis')?.inNetwork).toBe(true);
    expect(newestFigureByType(rows).get('kinderaerztliche-praxis')?.year).toBe(2023);
  });
});
