import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../../src/core/catalogue/catalogueIndex';
import { defaultCatalogue } from '../../../src/core/catalogue/defaultCatalogue';
import { matchSector } from '../../../src/core/catalogue/matchSector';

const index = indexCatalogue(defaultCatalogue());

describe('matchSector', () => {
  it.each([
    ['Kinder- und Jugendhilfe', 'kinder-jugendhilfe', 'sector-label'],
    ['Jugendhilfe', 'kinder-jugendhilfe', 'sector-synonym'],
    ['Gesundheit', 'gesundheitswesen', 'sector-synonym'],
    ['Gesundheitswessen', 'gesundheitswesen', 'sector-fuzzy'],
    ['Bereich Frühförderung', 'fruehfoerderung-eingliederungshilfe', 'sector-contains'],
    ['Schutz & Justiz', 'schutz-justiz', 'sector-label'],
    ['Health care', 'gesundheitswesen', 'sector-label'],
  ])('maps "%s" to %s (%s)', (text, sectorId, reason) => {
    expect(matchSector(text, index)).toMatchObject({ sectorId, reason });
  });

  it('leaves an empty or unknown sector unmatched', () => {
    expect(matchSector('', index).sectorId).toBeNull();
    expect(matchSector('Wirtschaft', index).sectorId).toBeNull();
  });
});
