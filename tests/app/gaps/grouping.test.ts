import { describe, expect, it } from 'vitest';
import { partnersBySector } from '../../../src/app/gaps/grouping';
import type { TypeMatch } from '../../../src/core/catalogue/match-partner-type';

const match = (partnerId: string, sectorId: string | null): TypeMatch => ({
  partnerId,
  typeId: sectorId === null ? null : `${sectorId}-typ`,
  sectorId,
  confidence: 1,
  reason: 'type-label',
});

describe('partnersBySector', () => {
  it('lists each sector’s partners in the order of the matches, leaving out the unmatched', () => {
    const bySector = partnersBySector([
      match('JA', 'jugendhilfe'),
      match('GK', 'gesundheit'),
      match('X', null),
      match('ASD', 'jugendhilfe'),
      match('KiA', 'gesundheit'),
      match('EB', 'jugendhilfe'),
    ]);
    expect([...bySector]).toEqual([
      ['jugendhilfe', ['JA', 'ASD', 'EB']],
      ['gesundheit', ['GK', 'KiA']],
    ]);
  });

  it('groups a state office’s 50,000 matches', () => {
    const matches = Array.from({ length: 50_000 }, (_, i) => match(`P${i}`, `s${i % 8}`));
    const bySector = partnersBySector(matches);
    expect([...bySector.values()].map((ids) => ids.length)).toEqual(Array(8).fill(6_250));
    expect(bySector.get('s3')?.slice(0, 2)).toEqual(['P3', 'P11']);
  });
});
