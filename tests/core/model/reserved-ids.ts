import { importNetwork, type ImportResult } from '../../../src/core/import';

/** The IDs that are also names of Object.prototype: graphology's plain objects would take them. */
export const RESERVED_IDS = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * A partner list, cooperation list, offers and memberships where five partners have IDs like
 * "toString", tied among themselves and to partners with ordinary IDs (one partner alone).
 * `prefix` is put before every ID: with "x" the same network has only plain IDs, in the same order.
 */
export function reservedIdFiles(prefix = '') {
  const id = (raw: string) => prefix + raw;
  const partners = [
    ['toString', 'Kita Sonnenschein', 'Kinder- und Jugendhilfe'],
    ['constructor', 'Jugendamt Auenstadt', 'Kinder- und Jugendhilfe'],
    ['__proto__', 'St. Marien Geburtsklinik', 'Gesundheitswesen'],
    ['valueOf', 'Hebammenpraxis Lindenhof', 'Gesundheitswesen'],
    ['hasOwnProperty', 'Schwangerschaftsberatung pro familia', 'Beratung'],
    ['P1', 'Familienzentrum Nord', 'Kinder- und Jugendhilfe'],
    ['P2', 'Kinderarztpraxis Dr. Weber', 'Gesundheitswesen'],
    ['P3', 'Jobcenter Auenstadt', 'Soziale Sicherung'],
    ['P4', 'Frauenhaus', 'Beratung'],
  ];
  const ties = [
    ['toString', 'constructor', 3],
    ['constructor', '__proto__', 4],
    ['__proto__', 'valueOf', 2],
    ['valueOf', 'toString', 1],
    ['hasOwnProperty', 'constructor', 2],
    ['hasOwnProperty', 'P1', 3],
    ['P1', 'P2', 1],
    ['P2', '__proto__', 2],
    ['P3', 'hasOwnProperty', 1],
  ] as const;
  return [
    {
      name: 'partner.csv',
      bytes: encode(
        'ID;Name;Sektor\n' +
          partners.map(([p, name, sector]) => `${id(p!)};${name};${sector}\n`).join(''),
      ),
    },
    {
      name: 'kooperationen.csv',
      bytes: encode(
        'Von;An;Intensität\n' + ties.map(([a, b, i]) => `${id(a)};${id(b)};${i}\n`).join(''),
      ),
    },
    {
      name: 'angebote.csv',
      bytes: encode(
        'Partner;Angebot;Sozialraum;Zielgruppe\n' +
          `${id('toString')};Krabbelgruppe;Nord;Eltern mit Kindern 0–3\n` +
          `${id('__proto__')};Babylotsen;Mitte;Schwangere\n`,
      ),
    },
    {
      name: 'gremien.csv',
      bytes: encode(
        `Partner;Gremium\n${id('constructor')};AK Frühe Hilfen\n${id('valueOf')};AK Frühe Hilfen\n`,
      ),
    },
  ];
}

export async function importReservedIds(prefix = ''): Promise<ImportResult> {
  return importNetwork({ files: reservedIdFiles(prefix) });
}

/** A result of the plain network ("x" before every ID) with its IDs as in the reserved one. */
export function withoutPrefix<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === 'string' && item.startsWith('x') ? item.slice(1) : item,
  ) as T;
}
