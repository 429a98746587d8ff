import type { CatalogueIndex } from './catalogue-index';
import { matchPartnerType, type TypeMatch } from './match-partner-type';
import type { Partner } from '../model/types';

/**
 * Matches every partner to a catalogue type. A user's correction (partner id → type id) overrides
 * the match; a correction naming a type the catalogue lacks is ignored, so a replaced catalogue
 * does not leave partners on types that no longer exist.
 */
export function classifyPartners(
  partners: readonly Partner[],
  index: CatalogueIndex,
  corrections: ReadonlyMap<string, string> = new Map(),
): Map<string, TypeMatch> {
  const matches = new Map<string, TypeMatch>();
  for (const partner of partners) {
    const corrected = corrections.get(partner.id);
    const sectorId = corrected === undefined ? undefined : index.sectorOfType.get(corrected);
    matches.set(
      partner.id,
      corrected !== undefined && sectorId !== undefined
        ? {
            partnerId: partner.id,
            typeId: corrected,
            sectorId,
            confidence: 1,
            reason: 'user-correction',
          }
        : matchPartnerType(partner, index),
    );
  }
  return matches;
}
