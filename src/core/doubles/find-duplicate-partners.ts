import { indexCatalogue, type CatalogueIndex } from '../catalogue/catalogue-index';
import { defaultCatalogue } from '../catalogue/default-catalogue';
import type { Partner } from '../model/types';
import { candidatePairs } from './candidate-pairs';
import { NameFeatureCache } from './name-similarity';
import { partnerProfile, typeWords } from './partner-profile';
import { scorePartnerPair, type DuplicateReason } from './score-partner-pair';

/** A partner probably entered twice. */
export interface DuplicatePartners {
  ids: [string, string];
  /** 0–1. */
  score: number;
  reasons: DuplicateReason[];
}

export interface DuplicateOptions {
  /** Catalogue whose spellings count as one type; the default catalogue if not given. */
  catalogue?: CatalogueIndex;
  /** Pairs from this score on are reported. */
  threshold?: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.85;

/** Partners that are probably one organisation under two spellings, most certain first. */
export function findDuplicatePartners(
  partners: readonly Partner[],
  options: DuplicateOptions = {},
): DuplicatePartners[] {
  const index = options.catalogue ?? indexCatalogue(defaultCatalogue());
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const typeOfWord = typeWords(index);
  const profiles = partners.map((partner) => partnerProfile(partner, index));
  const found: DuplicatePartners[] = [];
  const pairs = candidatePairs(profiles, typeOfWord);
  const features = new NameFeatureCache();
  for (let k = 0; k < pairs.length; k += 2) {
    const a = profiles[pairs[k]!];
    const b = profiles[pairs[k + 1]!];
    if (a === undefined || b === undefined || a.id === b.id) continue;
    const { score, reasons } = scorePartnerPair(a, b, typeOfWord, features);
    if (score >= threshold) found.push({ ids: [a.id, b.id], score, reasons });
  }
  return found.sort(
    (x, y) =>
      y.score - x.score || x.ids[0].localeCompare(y.ids[0]) || x.ids[1].localeCompare(y.ids[1]),
  );
}
