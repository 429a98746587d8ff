import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { networkToCsv } from '../../../src/core/export/csv';
import { importNetwork, parseDelimited, type ColumnMapping } from '../../../src/core/import';
import { PROBLEM_CODES } from '../../../src/core/model/problems';
import {
  createCooperation,
  createPartner,
  emptyRecord,
  type Intensity,
  type Network,
} from '../../../src/core/model/types';
import { csvFile } from './helpers';

const word = fc
  .stringMatching(
    /^[-A-Za-zÄÖÜäöüß0-9.;"&()=+@][- A-Za-zÄÖÜäöüß0-9.;"&()=+@]{0,12}[-A-Za-zÄÖÜäöüß0-9.;"&()=+@]$|^[A-Za-zÄÖÜäöüß0-9]$/,
  )
  .map((w) => w.replace(/ +/g, ' '));
const text = fc.oneof(fc.constant(''), word);
const year = fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null });
const customColumns = ['Ansprechperson', 'Telefon', '__proto__', 'Bemerkung'];
const attributes = fc
  .dictionary(fc.constantFrom(...customColumns), word)
  .map((entries) => Object.assign(emptyRecord<string>(), entries));

/** A random network, as any user could have entered it (IDs not starting with '#', the comment mark). */
const network: fc.Arbitrary<Network> = fc
  .uniqueArray(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,6}$/), {
    minLength: 1,
    maxLength: 12,
  })
  .chain((ids) =>
    fc.record({
      partners: fc.tuple(
        ...ids.map((id) =>
          fc
            .record({
              name: word,
              sector: text,
              type: text,
              carrier: text,
              municipality: text,
              socialArea: text,
              offers: fc.array(
                word.filter((w) => !w.includes(',')),
                { maxLength: 3 },
              ),
              since: year,
              attributes,
            })
            .map((fields) => createPartner({ id, ...fields })),
        ),
      ),
      cooperations: (ids.length < 2
        ? fc.constant([])
        : fc
            .uniqueArray(
              fc
                .tuple(fc.nat(Math.max(0, ids.length - 1)), fc.nat(Math.max(0, ids.length - 2)))
                .map(([a, b]) => [ids[a]!, ids[b >= a ? b + 1 : b]!] as const),
              { selector: ([a, b]) => [a, b].sort().join('\u0000'), maxLength: 20 },
            )
            .chain((pairs) =>
              fc.tuple(
                ...pairs.map(([source, target]) =>
                  fc
                    .record({
                      intensity: fc.constantFrom<Intensity>(1, 2, 3, 4),
                      formal: fc.boolean(),
                      kind: text,
                      since: year,
                    })
                    .map((fields) => createCooperation({ source, target, ...fields })),
                ),
              ),
            )) as fc.Arbitrary<Network['cooperations']>,
    }),
  );

const plain = (n: Network) => JSON.parse(JSON.stringify(n)) as Network;

async function importCsv(
  csv: { partners: string; cooperations: string },
  mappings?: Record<string, ColumnMapping>,
) {
  return importNetwork({
    files: [csvFile('Partner.csv', csv.partners), csvFile('Kooperationen.csv', csv.cooperations)],
    ...(mappings ? { mappings } : {}),
  });
}

describe('properties of the importer', () => {
  test.prop([fc.uint8Array({ maxLength: 3000 })], { numRuns: 150 })(
    'arbitrary bytes never throw; every rejection is a problem with a known code',
    async (bytes) => {
      const result = await importNetwork({ files: [{ name: 'irgendwas.csv', bytes }] });
      for (const p of result.problems) expect(PROBLEM_CODES).toContain(p.code);
      if (result.fatal) expect(result.network.partners).toEqual([]);
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 2000 })], { numRuns: 150 })(
    'arbitrary text parses without throwing, with lines in range',
    (source) => {
      const parsed = parseDelimited(source, 'x.csv');
      const lines = source.split(/\r\n|\r|\n/).length;
      for (const row of parsed.rows) expect(row.line).toBeLessThanOrEqual(lines);
    },
  );

  test.prop([network], { numRuns: 60 })(
    'a network written with the canonical headers imports as the same network',
    async (original) => {
      const result = await importCsv(networkToCsv(original));
      // A network without ties gives a cooperation list with only its header: reported as empty.
      const expected =
        original.cooperations.length === 0
          ? [{ file: 'Kooperationen.csv', code: 'empty-file' }]
          : [];
      expect(result.problems.map(({ file, code }) => ({ file, code }))).toEqual(expected);
      expect(plain(result.network)).toEqual(plain(original));
    },
  );

  test.prop([network], { numRuns: 40 })(
    'renaming columns through the mapping changes nothing else',
    async (original) => {
      const csv = networkToCsv(original);
      const rename = (file: string, fields: string[]) => {
        const [header = '', ...rest] =
          csv[file === 'Partner.csv' ? 'partners' : 'cooperations'].split('\r\n');
        const cells = header.replace('\uFEFF', '').split(';');
        const mapping: ColumnMapping = Object.create(null) as ColumnMapping;
        const renamed = cells.map((cell, index) => {
          const field = fields[index];
          if (field === undefined) return cell;
          mapping[`Spalte ${index + 1}`] = field as ColumnMapping[string];
          return `Spalte ${index + 1}`;
        });
        return { text: [renamed.join(';'), ...rest].join('\r\n'), mapping };
      };
      const partners = rename('Partner.csv', [
        'id',
        'name',
        'sector',
        'type',
        'carrier',
        'municipality',
        'socialArea',
        'offers',
        'since',
      ]);
      const cooperations = rename('Kooperationen.csv', [
        'source',
        'target',
        'intensity',
        'formal',
        'kind',
        'since',
      ]);
      const renamed = await importCsv(
        { partners: partners.text, cooperations: cooperations.text },
        { 'Partner.csv': partners.mapping, 'Kooperationen.csv': cooperations.mapping },
      );
      const direct = await importCsv(csv);
      expect(plain(renamed.network)).toEqual(plain(direct.network));
      expect(renamed.problems).toEqual(direct.problems);
    },
  );
});
