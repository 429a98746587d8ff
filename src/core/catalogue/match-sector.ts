import {
  findTermIn,
  rememberPerText,
  type CatalogueIndex,
  type CatalogueTerm,
} from './catalogue-index';
import { compactName, normaliseName } from './normalise';
import { editSimilarity } from './similarity';

export type SectorMatchReason =
  'sector-label' | 'sector-synonym' | 'sector-fuzzy' | 'sector-contains' | 'none';

export interface SectorMatch {
  sectorId: string | null;
  /** 0–1: how sure the match is. */
  confidence: number;
  reason: SectorMatchReason;
}

/** A typo ("Gesundheitswessen") still counts from this edit similarity on. */
export const FUZZY_SECTOR_MIN = 0.8;

const NO_SECTOR: SectorMatch = { sectorId: null, confidence: 0, reason: 'none' };

/**
 * Maps a free-text sector as written in a partner list ("Jugendhilfe", "Gesundheit",
 * "Bereich Frühförderung") to a catalogue sector.
 */
export const matchSector = rememberPerText(function matchSector(
  text: string,
  index: CatalogueIndex,
): SectorMatch {
  const normalised = normaliseName(text);
  const key = compactName(normalised);
  if (key === '') return NO_SECTOR;
  const exact = index.sectorTerms.get(key);
  if (exact !== undefined) {
    return exact.kind === 'label'
      ? { sectorId: exact.ownerId, confidence: 1, reason: 'sector-label' }
      : { sectorId: exact.ownerId, confidence: 0.95, reason: 'sector-synonym' };
  }
  const fuzzy = closestTerm(key, index.sectorTermsByLength);
  if (fuzzy !== null && fuzzy.similarity >= FUZZY_SECTOR_MIN) {
    return {
      sectorId: fuzzy.term.ownerId,
      confidence: 0.9 * fuzzy.similarity,
      reason: 'sector-fuzzy',
    };
  }
  const contained = findTermIn(normalised, index.sectorTermsByLength);
  if (contained !== undefined)
    return { sectorId: contained.ownerId, confidence: 0.7, reason: 'sector-contains' };
  return NO_SECTOR;
});

/** The term with the highest edit similarity to a compact key. */
export function closestTerm(
  key: string,
  terms: readonly CatalogueTerm[],
): { term: CatalogueTerm; similarity: number } | null {
  let best: { term: CatalogueTerm; similarity: number } | null = null;
  for (const term of terms) {
    const similarity = editSimilarity(key, term.compact);
    if (best === null || similarity > best.similarity) best = { term, similarity };
  }
  return best;
}
