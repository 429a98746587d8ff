import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../../src/core/catalogue/catalogue-index';
import { classifyPartners } from '../../../src/core/catalogue/classify-partners';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { matchPartnerType } from '../../../src/core/catalogue/match-partner-type';
import { createPartner } from '../../../src/core/model/types';

const index = indexCatalogue(defaultCatalogue());
const typeOf = (fields: { name?: string; type?: string; sector?: string }) =>
  matchPartnerType(createPartner({ id: 'P1', name: '', ...fields }), index);

describe('matchPartnerType', () => {
  it.each([
    ['ASD', 'jugendamt-asd'],
    ['Allgemeiner Sozialer Dienst', 'jugendamt-asd'],
    ['Jugendamt – ASD', 'jugendamt-asd'],
    ['Kinderarzt', 'kinderaerztliche-praxis'],
    ['Kinder- und Jugendarzt', 'kinderaerztliche-praxis'],
    ['pädiatrische Praxis', 'kinderaerztliche-praxis'],
    ['Kinderarztpraxis', 'kinderaerztliche-praxis'],
    ['Hebamme', 'hebamme'],
    ['freiberufliche Hebamme', 'hebamme'],
    ['FGKiKP', 'familienhebamme-fgkikp'],
    ['Familien-Gesundheits- und Kinderkrankenpflegerin', 'familienhebamme-fgkikp'],
    ['Geburtsklinik', 'geburtsklinik'],
    ['Entbindungsstation', 'geburtsklinik'],
    ['Frauenklinik', 'geburtsklinik'],
    ['KiTa', 'kita'],
    ['Schwangerenberatung', 'schwangerschaftsberatung'],
    ['Erziehungsberatungsstelle', 'erziehungsberatung'],
    ['SPZ', 'spz'],
    ['Amtsgericht - Familiengericht', 'familiengericht'],
  ])('reads the type "%s" as %s', (type, expected) => {
    expect(typeOf({ type }).typeId).toBe(expected);
  });

  it('forgives a typo in the type column but says so', () => {
    const match = typeOf({ type: 'Kinderartzpraxis' });
    expect(match).toMatchObject({ typeId: 'kinderaerztliche-praxis', reason: 'type-fuzzy' });
    expect(match.confidence).toBeLessThan(0.95);
  });

  it('prefers the longer term, so a Familienhebamme is not taken for a Hebamme', () => {
    expect(typeOf({ name: 'Familienhebammen im Kreis Viersen' }).typeId).toBe(
      'familienhebamme-fgkikp',
    );
    expect(typeOf({ name: 'Hebammenpraxis Storchennest' }).typeId).toBe('hebamme');
  });

  it('finds the type in the name when the type column is empty, surer when the sector agrees', () => {
    const alone = typeOf({ name: 'Kinderarztpraxis Dr. Yilmaz' });
    const withSector = typeOf({ name: 'Kinderarztpraxis Dr. Yilmaz', sector: 'Gesundheit' });
    expect(alone).toMatchObject({ typeId: 'kinderaerztliche-praxis', reason: 'name' });
    expect(withSector).toMatchObject({
      typeId: 'kinderaerztliche-praxis',
      reason: 'name-and-sector',
    });
    expect(withSector.confidence).toBeGreaterThan(alone.confidence);
  });

  it('does not find "ASD" inside another word', () => {
    expect(typeOf({ name: 'Praxis Kasdorf' }).typeId).toBeNull();
  });

  it('falls back to the sector alone, and to nothing', () => {
    expect(typeOf({ name: 'Bürgerstiftung Lindenhof', sector: 'Ehrenamt' })).toMatchObject({
      typeId: null,
      sectorId: 'zivilgesellschaft',
      reason: 'sector-only',
    });
    expect(typeOf({ name: 'Bürgerstiftung Lindenhof' })).toMatchObject({
      typeId: null,
      sectorId: null,
      reason: 'none',
    });
  });
});

describe('classifyPartners', () => {
  it("lets the coordinator's correction override the match, ignoring types the catalogue lacks", () => {
    const partners = [
      createPartner({ id: 'A', name: 'Haus Regenbogen', type: 'Kita' }),
      createPartner({ id: 'B', name: 'Haus Lichtblick', type: 'Kita' }),
    ];
    const corrections = new Map([
      ['A', 'familienzentrum'],
      ['B', 'no-such-type'],
    ]);
    const matches = classifyPartners(partners, index, corrections);
    expect(matches.get('A')).toMatchObject({
      typeId: 'familienzentrum',
      reason: 'user-correction',
      confidence: 1,
    });
    expect(matches.get('B')).toMatchObject({ typeId: 'kita', reason: 'type-label' });
  });
});
