import { compactName, nameWords } from '../catalogue/normalise';
import { DISTINCTIVE_WEIGHT, placeWordsOf, wordWeight } from './name-weights';
import type { PartnerProfile } from './partner-profile';

/** Blocks larger than this say nothing (a word every second partner has) and are skipped. */
export const MAX_BLOCK = 200;
const PREFIX = 4;

/**
 * Pairs worth comparing: partners sharing a blocking key (the start of a distinctive word, an
 * acronym, a catalogue type named by a word). Comparing only within blocks keeps large lists far
 * from n² comparisons (blocking, Christen 2012, "Data Matching", ch. 4).
 */
export function candidatePairs(
  profiles: readonly PartnerProfile[],
  typeOfWord: ReadonlyMap<string, string>,
): [number, number][] {
  const blocks = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    for (const key of blockingKeys(profile, typeOfWord)) {
      const block = blocks.get(key) ?? [];
      block.push(i);
      blocks.set(key, block);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const block of blocks.values()) {
    if (block.length > MAX_BLOCK) continue;
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const i = block[x] as number;
        const j = block[y] as number;
        const id = i * profiles.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

function blockingKeys(
  profile: PartnerProfile,
  typeOfWord: ReadonlyMap<string, string>,
): Set<string> {
  const words = nameWords(profile.name);
  const places = placeWordsOf(profile.municipality);
  const keys = new Set<string>();
  for (const word of words) {
    if (wordWeight(word, places) === DISTINCTIVE_WEIGHT) keys.add(`w:${word.slice(0, PREFIX)}`);
    const type = typeOfWord.get(word);
    if (type !== undefined) keys.add(`t:${type}`);
  }
  if (words.length >= 2) keys.add(`a:${words.map((w) => w[0]).join('')}`);
  const compact = compactName(profile.name);
  if (words.length === 1 && compact.length <= 5) keys.add(`a:${compact}`);
  if (keys.size === 0) keys.add(`n:${profile.name}`);
  return keys;
}
