import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { compareNetworks } from '../../../src/core/compare';
import {
  createCooperation,
  createPartner,
  type Cooperation,
  type Intensity,
  type Network,
} from '../../../src/core/model/types';

const catalogue = defaultCatalogue();
const tie = (
  source: string,
  target: string,
  intensity: Intensity = 2,
  formal = false,
): Cooperation => createCooperation({ source, target, intensity, formal });

const partner = (id: string, name: string, type: string, sector: string) =>
  createPartner({ id, name, type, sector });
const youthOffice = partner('J', 'Jugendamt Kreis Beispiel', 'ASD', 'Jugendhilfe');
const kita = partner('K', 'Kita Sonnenschein', 'Kita', 'Jugendhilfe');
const counselling = partner('S', 'donum vitae', 'Schwangerschaftsberatung', 'Beratung');
const healthOffice = partner('G', 'Gesundheitsamt', 'Gesundheitsamt', 'Gesundheit');
const midwife = partner('H', 'Hebamme Meier', 'freiberufliche Hebamme', 'Gesundheit');

/** Stand 2024: youth welfare and counselling, the health office alone on the edge. */
const stand2024: Network = {
  partners: [youthOffice, kita, counselling, healthOffice],
  cooperations: [tie('J', 'K', 2), tie('J', 'S', 3, true), tie('K', 'S', 1)],
};

/** Stand 2025: the counselling centre left, a midwife joined, youth welfare reached health. */
const stand2025: Network = {
  partners: [youthOffice, kita, healthOffice, midwife],
  cooperations: [tie('J', 'K', 4, true), tie('J', 'G', 2), tie('G', 'H', 3)],
};

const comparison = compareNetworks(stand2024, stand2025, { catalogue });

describe('compareNetworks of Stand 2024 and Stand 2025', () => {
  it('names the partner who joined and the one who left', () => {
    expect(comparison.partners.added).toEqual([{ id: 'H', name: 'Hebamme Meier' }]);
    expect(comparison.partners.gone).toEqual([{ id: 'S', name: 'donum vitae' }]);
  });

  it('lists new and lost cooperations, with their partners named in alphabetical order', () => {
    const pairs = (list: { source: { name: string }; target: { name: string } }[]) =>
      list.map((t) => `${t.source.name} – ${t.target.name}`);
    expect(pairs(comparison.ties.added)).toEqual([
      'Gesundheitsamt – Hebamme Meier',
      'Gesundheitsamt – Jugendamt Kreis Beispiel',
    ]);
    expect(pairs(comparison.ties.lost)).toEqual([
      'donum vitae – Jugendamt Kreis Beispiel',
      'donum vitae – Kita Sonnenschein',
    ]);
    expect(comparison.ties.lost[0]).toMatchObject({ intensity: 3, formal: true });
  });

  it('sees the youth office and the Kita work closer together, now with an agreement', () => {
    const change = {
      source: { id: 'J', name: youthOffice.name },
      target: { id: 'K', name: kita.name },
    };
    expect(comparison.ties.stronger).toEqual([{ ...change, before: 2, after: 4 }]);
    expect(comparison.ties.weaker).toEqual([]);
    expect(comparison.ties.formalGained).toEqual([{ ...change, intensity: 4, formal: true }]);
    expect(comparison.ties.formalLost).toEqual([]);
  });

  it('puts the key figures side by side', () => {
    expect(comparison.figures.before).toMatchObject({
      partners: 4,
      cooperations: 3,
      density: 0.5,
      components: 2,
      isolates: 1,
      youthHealthTies: 0,
    });
    expect(comparison.figures.after).toMatchObject({
      partners: 4,
      cooperations: 3,
      density: 0.5,
      components: 1,
      isolates: 0,
      youthHealthTies: 1,
    });
  });

  it('computes the E-I index over the sectors as the analysis does (Krackhardt & Stern 1988)', () => {
    // 2024: J–K internal, J–S and K–S external → (2 − 1) ÷ 3. 2025: J–K, G–H internal, J–G external.
    expect(comparison.figures.before.eiIndex).toBeCloseTo(1 / 3, 12);
    expect(comparison.figures.after.eiIndex).toBeCloseTo(-1 / 3, 12);
  });

  it('counts the catalogue types missing and names those that came and went', () => {
    const { before, after } = comparison.figures;
    expect(after.missingTypes - before.missingTypes).toBe(
      comparison.catalogueTypes.nowMissing.length - comparison.catalogueTypes.nowPresent.length,
    );
    expect(comparison.catalogueTypes.nowPresent.map((m) => m.type)).toEqual(['hebamme']);
    expect(comparison.catalogueTypes.nowMissing.map((m) => m.type)).toEqual([
      'schwangerschaftsberatung',
    ]);
  });

  it('finds nothing changed between a network and itself', () => {
    const same = compareNetworks(stand2025, stand2025, { catalogue });
    expect(same.partners).toEqual({ added: [], gone: [], renamed: [], changed: [] });
    expect(Object.values(same.ties).every((list) => list.length === 0)).toBe(true);
    expect(same.figures.before).toEqual(same.figures.after);
  });
});

describe('compareNetworks across a list exported again without IDs', () => {
  const earlier: Network = {
    partners: [
      createPartner({ id: 'p1', name: 'Caritasverband f. d. Kreis e.V.' }),
      createPartner({ id: 'p2', name: 'Kita Sonnenschein' }),
    ],
    cooperations: [tie('p1', 'p2', 3)],
  };
  const later: Network = {
    partners: [
      createPartner({
        id: 'caritas-verband-fuer-den-kreis',
        name: 'Caritas-Verband für den Kreis',
      }),
      createPartner({ id: 'kita-sonnenschein', name: 'Kita Sonnenschein' }),
    ],
    cooperations: [tie('kita-sonnenschein', 'caritas-verband-fuer-den-kreis', 1)],
  };
  const result = compareNetworks(earlier, later, { catalogue });

  it('recognises the partners by name, so nobody joined or left', () => {
    expect(result.partners.added).toEqual([]);
    expect(result.partners.gone).toEqual([]);
    expect(result.partners.renamed).toHaveLength(2);
  });

  it('carries the tie over to the new IDs and sees it grow looser', () => {
    expect(result.ties.added).toEqual([]);
    expect(result.ties.lost).toEqual([]);
    expect(result.ties.weaker).toEqual([
      {
        source: { id: 'caritas-verband-fuer-den-kreis', name: 'Caritas-Verband für den Kreis' },
        target: { id: 'kita-sonnenschein', name: 'Kita Sonnenschein' },
        before: 3,
        after: 1,
      },
    ]);
  });
});

describe('compareNetworks reads both networks as graphs', () => {
  it('counts a tie listed twice once, at its higher intensity, and ignores self-ties and unknown partners', () => {
    const partners = [youthOffice, kita];
    const earlier: Network = {
      partners,
      cooperations: [tie('J', 'K', 1), tie('K', 'J', 3), tie('J', 'J'), tie('J', 'X')],
    };
    const later: Network = { partners, cooperations: [tie('J', 'K', 3)] };
    const result = compareNetworks(earlier, later, { catalogue });
    expect(Object.values(result.ties).every((list) => list.length === 0)).toBe(true);
    expect(result.figures.before.cooperations).toBe(1);
  });

  it('takes a catalogue correction of a partner matched by name into the earlier network too', () => {
    const earlier: Network = {
      partners: [createPartner({ id: 'alt', name: 'Praxis Dr. Yilmaz' })],
      cooperations: [],
    };
    const later: Network = {
      partners: [createPartner({ id: 'neu', name: 'Praxis Dr. Yilmaz' })],
      cooperations: [],
    };
    const corrections = new Map([['neu', 'kinderaerztliche-praxis']]);
    const result = compareNetworks(earlier, later, { catalogue, corrections });
    const uncorrected = compareNetworks(earlier, later, { catalogue });
    expect(result.figures.after.missingTypes).toBe(uncorrected.figures.after.missingTypes - 1);
    expect(result.catalogueTypes.nowPresent).toEqual([]);
    expect(result.figures.before.missingTypes).toBe(result.figures.after.missingTypes);
  });
});
