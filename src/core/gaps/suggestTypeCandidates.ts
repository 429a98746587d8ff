import { findTermIn, type CatalogueIndex } from '../catalogue/catalogueIndex';
import type { TypeMatch } from '../catalogue/matchPartnerType';
import { normaliseName } from '../catalogue/normalise';
import type { Partner } from '../model/types';
import type { MissingType, Suggestion } from './types';

/**
 * Partners already in the network who may fill a missing type: one runs an offer named like it
 * (a Familienzentrum with a "Hebammensprechstunde"), names it in its name while matched to another
 * type, or sits in the type's sector without a type. The coordinator decides.
 */
export function suggestTypeCandidates(
  partners: readonly Partner[],
  index: CatalogueIndex,
  matches: ReadonlyMap<string, TypeMatch>,
  missing: readonly MissingType[],
): Suggestion[] {
  return missing.flatMap(({ type, sector }) => {
    const terms = index.typeTermsByLength.filter((term) => term.ownerId === type);
    const gap = { kind: 'missing-type' as const, type };
    return partners.flatMap((partner): Suggestion[] => {
      const match = matches.get(partner.id);
      if (partner.offers.some((offer) => findTermIn(normaliseName(offer), terms) !== undefined)) {
        return [{ gap, partner: partner.id, reason: 'offer-names-type' }];
      }
      if (findTermIn(normaliseName(partner.name), terms) !== undefined) {
        return [{ gap, partner: partner.id, reason: 'name-names-type' }];
      }
      if (match?.typeId === null && match.sectorId === sector) {
        return [{ gap, partner: partner.id, reason: 'sector-without-type' }];
      }
      return [];
    });
  });
}
