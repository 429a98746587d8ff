import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseCatalogueCsv } from '../../../src/core/catalogue/parse-catalogue-csv';
import { parseCatalogueJson } from '../../../src/core/catalogue/parse-catalogue-json';
import type { CatalogueProblemCode, CatalogueResult } from '../../../src/core/catalogue/types';
import { hostileCell, hostileText, prototypeIsClean } from './hostile-text';

/** Every catalogue problem code; `satisfies` fails to compile when the code list changes. */
const KNOWN = {
  'invalid-json': true,
  'invalid-field': true,
  'missing-column': true,
  'empty-field': true,
  'unknown-basis': true,
  'duplicate-sector': true,
  'duplicate-type': true,
  'conflicting-sector-label': true,
  'ambiguous-synonym': true,
  'catalogue-file-too-large': true,
  'catalogue-too-large': true,
} satisfies Record<CatalogueProblemCode, true>;
const CATALOGUE_CODES = Object.keys(KNOWN);

const META = { id: 'eigener-katalog', version: '2025-1', source: 'Kreis Viersen' };

/** A catalogue-like JSON document whose every value may be wrong. */
const catalogueJson = fc
  .record({
    id: fc.oneof(hostileCell, fc.integer()),
    version: hostileCell,
    source: hostileCell,
    sectors: fc.array(
      fc.record({
        id: hostileCell,
        label: fc.oneof(fc.record({ de: hostileCell, en: hostileCell }), hostileCell),
        types: fc.array(
          fc.record({
            id: hostileCell,
            label: fc.record({ de: hostileCell, en: hostileCell }),
            basis: fc.oneof(fc.constantFrom('L', 'N', 'law', 'nzfh', 'X'), hostileCell),
            synonyms: fc.array(hostileCell, { maxLength: 3 }),
          }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 3 },
    ),
  })
  .map((document) => JSON.stringify(document));

/** A catalogue table with the expected headers, or others, and arbitrary rows. */
const catalogueCsv = fc
  .tuple(
    fc.oneof(
      fc.constant(['Sektor', 'Typ', 'Grundlage', 'Synonyme']),
      fc.array(hostileCell, { maxLength: 5 }),
    ),
    fc.array(fc.array(hostileCell, { maxLength: 5 }), { maxLength: 8 }),
  )
  .map(([header, rows]) => [header, ...rows].map((row) => row.join(';')).join('\r\n'));

function expectKnownOutcome(result: CatalogueResult): void {
  for (const problem of result.problems) expect(CATALOGUE_CODES).toContain(problem.code);
  const errors = result.problems.filter((p) => p.severity === 'error');
  expect(result.catalogue === null).toBe(errors.length > 0);
  expect(prototypeIsClean()).toBe(true);
}

describe('reading an arbitrary catalogue', () => {
  test.prop(
    [
      fc.oneof(
        catalogueJson,
        hostileText(40),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
    ],
    {
      numRuns: 200,
    },
  )('as JSON: never throws; a catalogue, or errors with known codes', (text) =>
    expectKnownOutcome(parseCatalogueJson(text)),
  );

  test.prop([fc.oneof(catalogueCsv, hostileText(60))], { numRuns: 200 })(
    'as CSV: never throws; a catalogue, or errors with known codes',
    (text) => expectKnownOutcome(parseCatalogueCsv(text, META)),
  );
});
