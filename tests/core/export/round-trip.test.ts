import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { networkToCsv } from '../../../src/core/export/csv';
import { networkToXlsx } from '../../../src/core/export/xlsx';
import { fieldForHeader } from '../../../src/core/import/aliases';
import { importNetwork, type ImportResult, type TableKind } from '../../../src/core/import';
import {
  createCooperation,
  createPartner,
  emptyRecord,
  type Intensity,
  type Membership,
  type Network,
  type Offer,
} from '../../../src/core/model/types';
import { csvFile } from '../import/helpers';

/**
 * Pieces that have broken spreadsheet round trips: the CSV delimiter, quotes, line breaks, tabs,
 * commas and the offers separator, umlauts, formula starts and an apostrophe before one, the
 * words the agreement column reads, an escape of the workbook's strings, names of Object.prototype.
 */
const PIECES = [
  'Kita',
  'Müller',
  'Straße',
  'ÄÖÜ äöü',
  'e.V.',
  '2019',
  '-3',
  'ja',
  ';',
  '"',
  '""',
  "'",
  ',',
  ' ',
  '\n',
  '\t',
  '|',
  '_x0041_',
  '👶',
  '=',
  '+',
  '-',
  '@',
  '#',
  '=SUMME(A1)',
  "'=1+1",
  'constructor',
  'toString',
];
const FORMULA_STARTS = ['=', '+', '-', '@', "'="];

/** Text as an import leaves it: trimmed, never empty. */
const awkward = fc
  .tuple(
    fc.constantFrom('', ...FORMULA_STARTS),
    fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }),
  )
  .map(([start, pieces]) => (start + pieces.join('')).trim())
  .filter((text) => text !== '');
/** A partner's name or ID: an import makes single spaces of its white space. */
const cleanText = awkward
  .map((text) => text.replace(/\s+/g, ' '))
  // The template's explanation row starts with '#': a first cell like that is skipped on import.
  .filter((text) => !text.startsWith('#'));
const optional = fc.oneof(fc.constant(''), awkward);
const year = fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null });

const KINDS: readonly TableKind[] = ['partners', 'cooperations', 'offers', 'memberships'];
/** Custom columns named like none of the importer's known headers. */
const columnName = cleanText.filter((name) =>
  KINDS.every((kind) => fieldForHeader(kind, name) === undefined),
);
const attributes = fc
  .dictionary(columnName, awkward, { maxKeys: 3 })
  .map((entries) => Object.assign(emptyRecord<string>(), entries));

interface Exported {
  network: Network;
  offers: Offer[];
  memberships: Membership[];
}

const exported: fc.Arbitrary<Exported> = fc
  .uniqueArray(cleanText, { minLength: 1, maxLength: 8 })
  .chain((ids) => {
    const id = fc.constantFrom(...ids);
    const partner = (partnerId: string) =>
      fc
        .record({
          name: cleanText,
          sector: optional,
          type: optional,
          carrier: optional,
          municipality: optional,
          socialArea: optional,
          // '|' separates offers in their cell; it cannot be part of one.
          offers: fc.array(
            awkward.filter((o) => !o.includes('|')),
            { maxLength: 3 },
          ),
          since: year,
          attributes,
        })
        .map((fields) => createPartner({ id: partnerId, ...fields }));
    const pairs =
      ids.length < 2
        ? fc.constant([])
        : fc.uniqueArray(
            fc.tuple(id, id).filter(([a, b]) => a !== b),
            { selector: ([a, b]) => [a, b].sort().join('\u0000'), maxLength: 12 },
          );
    const cooperation = ([source, target]: [string, string]) =>
      fc
        .record({
          intensity: fc.constantFrom<Intensity>(1, 2, 3, 4),
          formal: fc.boolean(),
          // A Gephi edge table's "Type" column says 'directed' or 'undirected': read as no kind.
          kind: optional.filter((k) => !/^(un)?directed$|^mixed$/i.test(k)),
          since: year,
          attributes,
        })
        .map((fields) => createCooperation({ source, target, ...fields }));
    return fc.record({
      network: fc.record({
        partners: fc.tuple(...ids.map(partner)),
        cooperations: pairs.chain((list) => fc.tuple(...list.map(cooperation))),
      }),
      offers: fc.array(
        fc.record({ partner: id, offer: awkward, socialArea: optional, targetGroup: optional }),
        { maxLength: 6 },
      ),
      memberships: fc.array(fc.record({ partner: id, committee: awkward }), { maxLength: 6 }),
    });
  });

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function expectSame(result: ImportResult, original: Exported): void {
  expect(result.problems.filter((p) => p.code !== 'empty-file')).toEqual([]);
  expect(plain(result.network)).toEqual(plain(original.network));
  expect(result.offers).toEqual(original.offers);
  expect(result.memberships).toEqual(original.memberships);
}

function importCsv({ network, offers, memberships }: Exported): Promise<ImportResult> {
  const csv = networkToCsv(network, { offers, memberships });
  return importNetwork({
    files: [
      csvFile('Partner.csv', csv.partners),
      csvFile('Kooperationen.csv', csv.cooperations),
      csvFile('Angebote.csv', csv.offers),
      csvFile('Gremien.csv', csv.memberships),
    ],
  });
}

async function importXlsx({ network, offers, memberships }: Exported): Promise<ImportResult> {
  const bytes = await networkToXlsx(network, { offers, memberships });
  return importNetwork({ files: [{ name: 'Netzwerk.xlsx', bytes }] });
}

describe('an export imported again', () => {
  test.prop([exported], { numRuns: 150 })(
    'from its CSV files is the same network with the same offers and memberships',
    async (original) => expectSame(await importCsv(original), original),
    60_000,
  );

  test.prop([exported], { numRuns: 60 })(
    'from its workbook is the same network with the same offers and memberships',
    async (original) => expectSame(await importXlsx(original), original),
    60_000,
  );
});
