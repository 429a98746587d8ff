import { describe, expect, it } from 'vitest';
import { sectorLabelIn } from '../../../src/core/appearance/sector-name';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';

const catalogue = defaultCatalogue();

describe('a sector’s name in the reader’s language', () => {
  it('a catalogue sector goes by its English label in English, by its German one in German', () => {
    expect(sectorLabelIn('Zivilgesellschaft', 'en', catalogue)).toBe('Civil society');
    expect(sectorLabelIn('Zivilgesellschaft', 'de', catalogue)).toBe('Zivilgesellschaft');
  });

  it('a sector of the user’s own and no sector stay as written', () => {
    expect(sectorLabelIn('Kultur', 'en', catalogue)).toBe('Kultur');
    expect(sectorLabelIn('', 'en', catalogue)).toBe('');
  });
});
