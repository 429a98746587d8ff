import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../../src/core/catalogue/catalogue-index';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { findDuplicatePartners } from '../../../src/core/doubles/find-duplicate-partners';
import { createPartner, emptyRecord, type Partner } from '../../../src/core/model/types';

const text = readFileSync(
  new URL('../../fixtures/doubles/partner-pairs.csv', import.meta.url),
  'utf8',
);
const rows = Papa.parse<Record<string, string>>(text, {
  header: true,
  delimiter: ';',
  skipEmptyLines: true,
}).data;

function side(row: Record<string, string>, suffix: 'A' | 'B', id: string): Partner {
  const attributes = emptyRecord<string>();
  if (row[`Straße ${suffix}`]) attributes['Straße'] = row[`Straße ${suffix}`] ?? '';
  return createPartner({
    id,
    name: row[`Name ${suffix}`] ?? '',
    type: row[`Typ ${suffix}`] ?? '',
    municipality: row[`Kommune ${suffix}`] ?? '',
    attributes,
  });
}

const catalogue = indexCatalogue(defaultCatalogue());
const pairs = rows.map((row, i) => ({
  a: side(row, 'A', `A${i}`),
  b: side(row, 'B', `B${i}`),
  same: row['Doppelt'] === 'ja',
}));

describe('findDuplicatePartners on pairs written as coordinators write them', () => {
  it('holds at least 60 labelled pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60);
  });

  it('finds the true pairs and leaves different organisations alone (precision and recall ≥ 0.9)', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misjudged: string[] = [];
    for (const { a, b, same } of pairs) {
      const flagged = findDuplicatePartners([a, b], { catalogue }).length > 0;
      if (flagged && same) truePositives += 1;
      if (flagged && !same) falsePositives += 1;
      if (!flagged && same) falseNegatives += 1;
      if (flagged !== same) misjudged.push(`${a.name} / ${b.name}`);
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `duplicate partners: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
      misjudged,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the same true pairs when all partners are in one list', () => {
    const all = pairs.flatMap(({ a, b }) => [a, b]);
    const found = new Set(
      findDuplicatePartners(all, { catalogue }).map(({ ids }) => [...ids].sort().join('|')),
    );
    const single = pairs.filter(
      ({ a, b }) => findDuplicatePartners([a, b], { catalogue }).length > 0,
    );
    for (const { a, b } of single) expect(found).toContain([a.id, b.id].sort().join('|'));
  });

  it('flags "Caritasverband für den Kreis e.V." and "Caritas-Verband f. d. Kreis e. V." with reasons', () => {
    const [pair] = findDuplicatePartners([
      createPartner({
        id: 'c1',
        name: 'Caritasverband für den Kreis e.V.',
        municipality: 'Viersen',
      }),
      createPartner({
        id: 'c2',
        name: 'Caritas-Verband f. d. Kreis e. V.',
        municipality: 'Viersen',
      }),
    ]);
    expect(pair).toEqual({
      ids: ['c1', 'c2'],
      score: 1,
      reasons: ['same-name', 'same-municipality'],
    });
  });

  it('does not flag two pregnancy counselling services of different carriers with the same name', () => {
    const service = {
      name: 'Schwangerschaftsberatungsstelle',
      type: 'Schwangerschaftsberatung',
      municipality: 'Viersen',
    };
    const found = findDuplicatePartners([
      createPartner({ id: 's1', carrier: 'Diakonisches Werk', ...service }),
      createPartner({ id: 's2', carrier: 'Sozialdienst katholischer Frauen', ...service }),
    ]);
    expect(found).toEqual([]);
  });
});

describe('numbers in names', () => {
  it('keeps "Grundschule 3" and "Grundschule 5" apart', () => {
    const found = findDuplicatePartners(
      [
        createPartner({ id: 'g3', name: 'Grundschule 3' }),
        createPartner({ id: 'g5', name: 'Grundschule 5' }),
      ],
      { catalogue },
    );
    expect(found).toEqual([]);
  });
});

describe('a partner without a municipality', () => {
  it('is weighed with the place words of the other: "Viersen" in its name only says where', () => {
    const inTown = createPartner({
      id: 'a',
      name: 'Kita Sonnenschein',
      municipality: 'Viersen',
    });
    const noTown = createPartner({ id: 'b', name: 'Kita Sonnenschein Viersen' });
    for (const partners of [
      [inTown, noTown],
      [noTown, inTown],
    ]) {
      const found = findDuplicatePartners(partners, { catalogue });
      expect(found.map((pair) => [...pair.ids].sort())).toEqual([['a', 'b']]);
      expect(found[0]!.score).toBeGreaterThanOrEqual(0.85);
    }
  });
});
