import { compactName, normaliseName } from '../catalogue/normalise';
import type { Offer } from '../model/types';

/** One kind of offer run by several providers for the same families in one social area. */
export interface DoubledOffer {
  offer: string;
  area: string;
  targetGroup: string;
  partners: string[];
}

/**
 * Doubled offers (Parallelstrukturen, DOMAIN.md): the same offer, the same social area, the same
 * target group, more than one provider. Spellings that normalise alike count as one offer; rows
 * without a social area cannot be placed and are left out.
 */
export function findDoubledOffers(offers: readonly Offer[]): DoubledOffer[] {
  const groups = new Map<string, DoubledOffer>();
  for (const { partner, offer, socialArea, targetGroup } of offers) {
    const area = socialArea.trim();
    const offerKey = compactName(normaliseName(offer));
    if (area === '' || offerKey === '') continue;
    const key = [offerKey, normaliseName(area), compactName(normaliseName(targetGroup))].join(
      '\u0000',
    );
    const group = groups.get(key) ?? {
      offer: offer.trim(),
      area,
      targetGroup: targetGroup.trim(),
      partners: [],
    };
    groups.set(key, group);
    if (!group.partners.includes(partner)) group.partners.push(partner);
  }
  return [...groups.values()]
    .filter((group) => group.partners.length > 1)
    .map((g) => ({ ...g, partners: g.partners.sort() }));
}
