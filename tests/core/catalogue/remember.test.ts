import { describe, expect, it, vi } from 'vitest';
import { indexCatalogue, rememberPerText } from '../../../src/core/catalogue/catalogue-index';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { matchSector } from '../../../src/core/catalogue/match-sector';

describe('rememberPerText', () => {
  it('matches each text once per catalogue index, and answers alike', () => {
    const match = vi.fn((text: string) => ({ text }));
    const remembered = rememberPerText(match);
    const one = indexCatalogue(defaultCatalogue());
    const other = indexCatalogue(defaultCatalogue());
    const first = remembered('Kita', one);
    expect(remembered('Kita', one)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    remembered('Hebamme', one);
    remembered('Kita', other);
    expect(match.mock.calls.map(([text]) => text)).toEqual(['Kita', 'Hebamme', 'Kita']);
  });

  it('keeps the sector matcher’s answers as they were', () => {
    const index = indexCatalogue(defaultCatalogue());
    const first = matchSector('Gesundheitswesen', index);
    expect(first.sectorId).not.toBeNull();
    expect(matchSector('Gesundheitswesen', index)).toEqual(first);
    expect(matchSector('', index).sectorId).toBeNull();
  });
});
