import {
  NameFeatureCache,
  nameSimilarity,
  type NameFeatures,
  type NameReason,
} from './name-similarity';
import type { PartnerProfile } from './partner-profile';

export type DuplicateReason =
  NameReason | 'same-type' | 'same-municipality' | 'same-street' | 'same-carrier';

/** Agreement beyond the name nudges the score; a different street or type pulls it down. */
const SAME_TYPE_BONUS = 0.05;
const SAME_STREET_BONUS = 0.1;
const DIFFERENT_TYPE_PENALTY = 0.15;
const DIFFERENT_STREET_PENALTY = 0.3;

/**
 * How likely two partners are one organisation entered twice, with the reasons. A different
 * municipality or carrier rules it out: two pregnancy counselling services of different carriers
 * in one town are two services.
 */
export function scorePartnerPair(
  a: PartnerProfile,
  b: PartnerProfile,
  typeOfWord: ReadonlyMap<string, string>,
  /** Names weighed with another partner's place words; pass one cache for all pairs of a list. */
  features: NameFeatureCache = new NameFeatureCache(),
): { score: number; reasons: DuplicateReason[] } {
  const none = { score: 0, reasons: [] };
  const known = (x: string, y: string) => x !== '' && y !== '';
  if (known(a.municipality, b.municipality) && a.municipality !== b.municipality) return none;
  // Both in one municipality, or one of them in none: its words are the place words of both.
  const [municipality, placeWords] =
    a.municipality === '' ? [b.municipality, b.placeWords] : [a.municipality, a.placeWords];
  // A partner's own features where its municipality is the pair's, else weighed with the other's.
  const weighed = (partner: PartnerProfile, own: NameFeatures) =>
    partner.municipality === municipality
      ? own
      : features.get(own.name, municipality, placeWords, own.words);
  const name = nameSimilarity(weighed(a, a.nameFeatures), weighed(b, b.nameFeatures), typeOfWord);
  if (name.score === 0) return none;
  const reasons: DuplicateReason[] = [...name.reasons];
  let score = name.score;
  if (known(a.carrier, b.carrier)) {
    if (
      nameSimilarity(weighed(a, a.carrierFeatures), weighed(b, b.carrierFeatures), typeOfWord)
        .score < 0.85
    )
      return none;
    reasons.push('same-carrier');
  }
  if (known(a.type, b.type)) {
    score += a.type === b.type ? SAME_TYPE_BONUS : -DIFFERENT_TYPE_PENALTY;
    if (a.type === b.type) reasons.push('same-type');
  }
  if (known(a.street, b.street)) {
    score += a.street === b.street ? SAME_STREET_BONUS : -DIFFERENT_STREET_PENALTY;
    if (a.street === b.street) reasons.push('same-street');
  }
  if (known(a.municipality, b.municipality)) reasons.push('same-municipality');
  return { score: Math.min(1, Math.max(0, score)), reasons };
}
