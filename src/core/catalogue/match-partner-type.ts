import { findTermIn, rememberPerText, type CatalogueIndex } from './catalogue-index';
import { closestTerm, matchSector } from './match-sector';
import { compactName, normaliseName } from './normalise';
import type { Partner } from '../model/types';

export type TypeMatchReason =
  | 'user-correction'
  | 'type-label'
  | 'type-synonym'
  | 'type-fuzzy'
  | 'type-contains'
  | 'name-and-sector'
  | 'name'
  | 'sector-only'
  | 'none';

/** Which catalogue type (and sector) a partner is taken to be, how sure, and why. */
export interface TypeMatch {
  partnerId: string;
  typeId: string | null;
  sectorId: string | null;
  /** 0–1. */
  confidence: number;
  reason: TypeMatchReason;
}

/** A misspelt type ("Kinderartzpraxis") still counts from this edit similarity on. */
export const FUZZY_TYPE_MIN = 0.85;

/**
 * Matches a partner to a catalogue type: by its type column (exact, synonym, typo, contained),
 * else by a type term inside its name, else only its sector. The confidences rank these ways
 * against each other; they are not probabilities.
 */
export function matchPartnerType(partner: Partner, index: CatalogueIndex): TypeMatch {
  const sector = matchSector(partner.sector, index);
  const byType = matchTypeText(partner.type, index);
  if (byType !== null) return { partnerId: partner.id, ...byType };
  const inName = findTermIn(normaliseName(partner.name), index.typeTermsByLength);
  if (inName !== undefined) {
    const sectorId = index.sectorOfType.get(inName.ownerId) ?? null;
    const agrees = sector.sectorId !== null && sector.sectorId === sectorId;
    return agrees
      ? {
          partnerId: partner.id,
          typeId: inName.ownerId,
          sectorId,
          confidence: 0.8,
          reason: 'name-and-sector',
        }
      : {
          partnerId: partner.id,
          typeId: inName.ownerId,
          sectorId,
          confidence: 0.6,
          reason: 'name',
        };
  }
  if (sector.sectorId !== null) {
    const confidence = 0.5 * sector.confidence;
    return {
      partnerId: partner.id,
      typeId: null,
      sectorId: sector.sectorId,
      confidence,
      reason: 'sector-only',
    };
  }
  return { partnerId: partner.id, typeId: null, sectorId: null, confidence: 0, reason: 'none' };
}

const matchTypeText = rememberPerText(function matchTypeText(
  text: string,
  index: CatalogueIndex,
): Omit<TypeMatch, 'partnerId'> | null {
  const normalised = normaliseName(text);
  const key = compactName(normalised);
  if (key === '') return null;
  const found = (typeId: string, confidence: number, reason: TypeMatchReason) => ({
    typeId,
    sectorId: index.sectorOfType.get(typeId) ?? null,
    confidence,
    reason,
  });
  const exact = index.typeTerms.get(key);
  if (exact !== undefined) {
    return exact.kind === 'label'
      ? found(exact.ownerId, 1, 'type-label')
      : found(exact.ownerId, 0.95, 'type-synonym');
  }
  const fuzzy = closestTerm(key, index.typeTermsByLength);
  if (fuzzy !== null && fuzzy.similarity >= FUZZY_TYPE_MIN) {
    return found(fuzzy.term.ownerId, 0.9 * fuzzy.similarity, 'type-fuzzy');
  }
  const contained = findTermIn(normalised, index.typeTermsByLength);
  return contained === undefined ? null : found(contained.ownerId, 0.75, 'type-contains');
});
