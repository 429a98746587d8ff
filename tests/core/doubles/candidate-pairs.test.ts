import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../../src/core/catalogue/catalogue-index';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { candidatePairs, MAX_BLOCK, WINDOW } from '../../../src/core/doubles/candidate-pairs';
import { partnerProfile, typeWords } from '../../../src/core/doubles/partner-profile';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import type { Partner } from '../../../src/core/model/types';

const catalogue = indexCatalogue(defaultCatalogue());

function pairsOf(partners: readonly Partner[]): [number, number][] {
  const side = candidatePairs(
    partners.map((partner) => partnerProfile(partner, catalogue)),
    typeWords(catalogue),
  );
  return Array.from({ length: side.length / 2 }, (_, k) => [side[2 * k]!, side[2 * k + 1]!]);
}

describe('candidate pairs for duplicate detection', () => {
  it('grow about linearly with the partner list of generated districts', () => {
    const perPartner = [1_000, 2_000, 4_000, 8_000].map(
      (partners) => pairsOf(generateNetwork({ partners, seed: 1 }).partners).length / partners,
    );
    // Quadratic growth would double the pairs per partner with each doubling of the list.
    for (const share of perPartner) expect(share).toBeLessThan(40);
    expect(perPartner[3]!).toBeLessThan(1.3 * perPartner[0]!);
  });

  it('compare a block of a type every partner shares by sorted neighbourhood, not pair by pair', () => {
    const partners = generateNetwork({ partners: 400, seed: 3 }).partners.map((partner, i) => ({
      ...partner,
      name: `Kita Nummer ${String(i).padStart(3, '0')}`,
      type: 'Kita',
    }));
    const pairs = pairsOf(partners);
    expect(MAX_BLOCK).toBeLessThan(partners.length);
    expect(pairs.length).toBeLessThanOrEqual(2 * WINDOW * partners.length);
    // Neighbours in name order are compared: "Kita Nummer 007" with "Kita Nummer 008".
    const seven = partners.findIndex((partner) => partner.name.endsWith('007'));
    const eight = partners.findIndex((partner) => partner.name.endsWith('008'));
    expect(pairs).toContainEqual([Math.min(seven, eight), Math.max(seven, eight)]);
  });

  it('names each pair once, the smaller index first, in order', () => {
    const pairs = pairsOf(generateNetwork({ partners: 600, seed: 5 }).partners);
    expect(pairs.length).toBeGreaterThan(600);
    for (const [i, j] of pairs) expect(i).toBeLessThan(j);
    for (let k = 1; k < pairs.length; k++) {
      const [[i0, j0], [i1, j1]] = [pairs[k - 1]!, pairs[k]!];
      expect(i0 < i1 || (i0 === i1 && j0 < j1)).toBe(true);
    }
  });
});
