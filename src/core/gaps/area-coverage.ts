import { compactName, normaliseName } from '../catalogue/normalise';
import type { Network, Offer } from '../model/types';
import type { AreaCoverage } from './types';

/**
 * Sozialraum × Angebot matrix: distinct providers per offer and social area, with the cells that
 * are empty although another area has the offer — the place-based gap of DOMAIN.md.
 * Offers without a social area cannot be placed and are left out.
 */
export function areaCoverage(offers: readonly Offer[]): AreaCoverage {
  const offerLabel = new Map<string, string>();
  const providers = new Map<string, Map<string, Set<string>>>();
  for (const { partner, offer, socialArea } of offers) {
    const key = compactName(normaliseName(offer));
    const area = socialArea.trim();
    if (key === '' || area === '') continue;
    if (!offerLabel.has(key)) offerLabel.set(key, offer.trim());
    const byOffer = providers.get(area) ?? new Map<string, Set<string>>();
    providers.set(area, byOffer);
    const set = byOffer.get(key) ?? new Set<string>();
    byOffer.set(key, set);
    set.add(partner);
  }
  const collator = new Intl.Collator('de');
  const areas = [...providers.keys()].sort(collator.compare);
  const offerKeys = [...offerLabel.keys()].sort((x, y) =>
    collator.compare(offerLabel.get(x) ?? x, offerLabel.get(y) ?? y),
  );
  const counts = areas.map((area) =>
    offerKeys.map((key) => providers.get(area)?.get(key)?.size ?? 0),
  );
  const emptyCells = areas.flatMap((area, i) =>
    offerKeys.flatMap((key, j) =>
      counts[i]?.[j] === 0 ? [{ area, offer: offerLabel.get(key) ?? key }] : [],
    ),
  );
  return { areas, offers: offerKeys.map((key) => offerLabel.get(key) ?? key), counts, emptyCells };
}

/** The offers listed on the partners themselves, placed in each partner's social area. */
export function offersOfPartners(network: Network): Offer[] {
  return network.partners.flatMap((partner) =>
    partner.offers.map((offer) => ({
      partner: partner.id,
      offer,
      socialArea: partner.socialArea,
      targetGroup: '',
    })),
  );
}
