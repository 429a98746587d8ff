import { describe, expect, it } from 'vitest';
import { areaCoverage, offersOfPartners } from '../../../src/core/gaps/area-coverage';
import { createPartner } from '../../../src/core/model/types';

const offer = (partner: string, name: string, socialArea: string) => ({
  partner,
  offer: name,
  socialArea,
  targetGroup: 'Eltern 0–3',
});

describe('areaCoverage', () => {
  it('counts providers per social area and flags areas lacking an offer others have', () => {
    const coverage = areaCoverage([
      offer('A', 'Elterncafé', 'Nord'),
      offer('B', 'Elterncafé', 'Nord'),
      offer('B', 'Elterncafé', 'Nord'),
      offer('C', 'Eltern-Café', 'Süd'),
      offer('A', 'Willkommensbesuch', 'Nord'),
      offer('D', 'Babylotse', ''),
    ]);
    expect(coverage).toEqual({
      areas: ['Nord', 'Süd'],
      offers: ['Elterncafé', 'Willkommensbesuch'],
      counts: [
        [2, 1],
        [1, 0],
      ],
      emptyCells: [{ area: 'Süd', offer: 'Willkommensbesuch' }],
    });
  });

  it('keeps a social area named "__proto__" as plain data', () => {
    expect(areaCoverage([offer('A', 'Elterncafé', '__proto__')]).areas).toEqual(['__proto__']);
  });

  it('places the offers listed on partners in their social area', () => {
    const partners = [
      createPartner({
        id: 'A',
        name: 'Familienzentrum',
        socialArea: 'Nord',
        offers: ['Elterncafé'],
      }),
    ];
    expect(offersOfPartners({ partners, cooperations: [] })).toEqual([
      { partner: 'A', offer: 'Elterncafé', socialArea: 'Nord', targetGroup: '' },
    ]);
  });
});
