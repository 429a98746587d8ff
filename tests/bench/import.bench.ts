import { bench, describe } from 'vitest';
import { importNetwork } from '../../src/core/import';

/**
 * A large district network (5,000 partners, 25,000 ties, about 2.5 MB as German Excel CSV):
 * the full import (decode, parse with line numbers, build and validate) against the floor of a
 * plain split of the same text into lines and cells.
 */
const PARTNERS = 5_000;
const TIES = 25_000;
const SECTORS = [
  'Kinder- und Jugendhilfe',
  'Gesundheitswesen',
  'Beratung',
  'Frühförderung / Eingliederungshilfe',
];

function generate(): { partners: string; cooperations: string } {
  const partners = ['ID;Name;Sektor;Einrichtungsart;Träger;Kommune;Sozialraum;Angebote;Seit'];
  for (let i = 0; i < PARTNERS; i++) {
    partners.push(
      `P${i};"Einrichtung ${i}; Standort Süd";${SECTORS[i % SECTORS.length]};Kita;frei;Bonn;Beuel;Elterncafé|Beratung;${2000 + (i % 25)}`,
    );
  }
  const cooperations = ['Von;An;Intensität;Vereinbarung;Art;Seit'];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  for (let t = 0; t < TIES; t++) {
    const a = next() % PARTNERS;
    const b = (a + 1 + (next() % (PARTNERS - 1))) % PARTNERS;
    cooperations.push(
      `P${a};P${b};${1 + (t % 4)};${t % 3 === 0 ? 'ja' : 'nein'};Fallberatung;2019`,
    );
  }
  return {
    partners: '\uFEFF' + partners.join('\r\n') + '\r\n',
    cooperations: '\uFEFF' + cooperations.join('\r\n') + '\r\n',
  };
}

const csv = generate();
const encoder = new TextEncoder();
const files = [
  { name: 'Partner.csv', bytes: encoder.encode(csv.partners) },
  { name: 'Kooperationen.csv', bytes: encoder.encode(csv.cooperations) },
];

describe('import of 5,000 partners and 25,000 ties', () => {
  bench('importNetwork: decode + parse + build', async () => {
    await importNetwork({ files });
  });

  bench('floor: decode and split lines and cells', () => {
    for (const file of files) {
      const text = new TextDecoder().decode(file.bytes);
      for (const line of text.split('\r\n')) line.split(';');
    }
  });
});
