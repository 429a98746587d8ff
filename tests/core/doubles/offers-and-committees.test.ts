import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findDoubledOffers } from '../../../src/core/doubles/find-doubled-offers';
import { findOverlappingCommittees } from '../../../src/core/doubles/find-overlapping-committees';
import type { Membership, Offer } from '../../../src/core/model/types';

const table = (file: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(new URL(`../../fixtures/doubles/${file}`, import.meta.url), 'utf8'),
    {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    },
  ).data;

const offers: Offer[] = table('angebote.csv').map((row) => ({
  partner: row['Partner'] ?? '',
  offer: row['Angebot'] ?? '',
  socialArea: row['Sozialraum'] ?? '',
  targetGroup: row['Zielgruppe'] ?? '',
}));
const memberships: Membership[] = table('arbeitskreise.csv').map((row) => ({
  partner: row['Partner'] ?? '',
  committee: row['Arbeitskreis'] ?? '',
}));

describe('findDoubledOffers', () => {
  it('finds three Elterncafés for the same parents in Nord and two welcome visits in Süd', () => {
    expect(findDoubledOffers(offers)).toEqual([
      {
        offer: 'Elterncafé',
        area: 'Nord',
        targetGroup: 'Eltern mit Kindern 0–3',
        partners: ['AWO-FBS', 'FZ-Nord', 'Kita-Arche'],
      },
      {
        offer: 'Willkommensbesuch',
        area: 'Süd',
        targetGroup: 'Familien mit Neugeborenen',
        partners: ['Caritas', 'JA'],
      },
    ]);
  });

  it('does not count one offer for different target groups as doubled', () => {
    expect(findDoubledOffers(offers).some((d) => d.offer === 'Babymassage')).toBe(false);
  });
});

describe('findOverlappingCommittees', () => {
  it('finds the AK Kinderschutz meeting with nearly the members of the Netzwerk Frühe Hilfen', () => {
    expect(findOverlappingCommittees(memberships)).toEqual([
      {
        a: 'AK Kinderschutz',
        b: 'Netzwerk Frühe Hilfen',
        jaccard: 4 / 6,
        shared: ['EB', 'GA', 'JA', 'SkF'],
      },
    ]);
  });

  it('lets the threshold be set', () => {
    expect(findOverlappingCommittees(memberships, 0.7)).toEqual([]);
    expect(findOverlappingCommittees(memberships, 0.1)).toHaveLength(3);
  });
});
