import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../../src/core/catalogue/catalogue-index';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { matchSector } from '../../../src/core/catalogue/match-sector';

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
    ['gesundheitswesen', 'gesundheitswesen', 'sector-label'],
    ['Kinder-/Jugendhilfe', 'kinder-jugendhilfe', 'sector-label'],
    ['Ehrenamt', 'zivilgesellschaft', 'sector-synonym'],
    ['Frühförderung', 'fruehfoerderung-eingliederungshilfe', 'sector-synonym'],
    ['Soziale Sicherung', 'soziale-sicherung-arbeit', 'sector-synonym'],
    ['Jobcenter / Arbeit', 'soziale-sicherung-arbeit', 'sector-synonym'],
    ['Agentur für Arbeit', 'soziale-sicherung-arbeit', 'sector-synonym'],
  ])('maps "%s" to %s (%s)', (text, sectorId, reason) => {
    expect(matchSector(text, index)).toMatchObject({ sectorId, reason });
  });

  it('leaves an empty or unknown sector unmatched', () => {
    expect(matchSector('', index).sectorId).toBeNull();
    expect(matchSector('Wirtschaft', index).sectorId).toBeNull();
    // "Other" is no sector of the catalogue: it stays a sector of its own.
    expect(matchSector('Sonstige', index).sectorId).toBeNull();
  });
});
