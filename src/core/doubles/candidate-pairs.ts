import { compactName, nameWords } from '../catalogue/normalise';
import { DISTINCTIVE_WEIGHT, placeWordsOf, wordWeight } from './name-weights';
import type { PartnerProfile } from './partner-profile';

/**
 * A block up to this size is compared pair by pair; a larger one (a word many partners share, a
 * catalogue type) only within a window of its members in two orders of their names.
 */
export const MAX_BLOCK = 32;
/** Neighbours in each order a member of a large block is compared with. */
export const WINDOW = 8;
const PREFIX = 4;

/**
 * Pairs worth comparing: partners sharing a blocking key (the start of a distinctive word, an
 * acronym, a catalogue type named by a word). Comparing only within blocks keeps large lists far
 * from n² comparisons (blocking, Christen 2012, "Data Matching", ch. 4). A block larger than
 * {@link MAX_BLOCK} is not compared pair by pair but by sorted neighbourhood (Hernández & Stolfo
 * 1995): its members sorted by name and, a second pass, by their name words from the last, each
 * compared with the next {@link WINDOW} in either order. So every partner is compared with a
 * bounded number of others per key, and the pairs grow about linearly with the list.
 *
 * The pairs side by side, each once and in order: (i₀, j₀, i₁, j₁, …) with i < j.
 */
export function candidatePairs(
  profiles: readonly PartnerProfile[],
  typeOfWord: ReadonlyMap<string, string>,
): Int32Array {
  const blocks = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    for (const key of blockingKeys(profile, typeOfWord)) {
      const block = blocks.get(key) ?? [];
      block.push(i);
      blocks.set(key, block);
    }
  });
  // Each pair as one number, i · n + j, in a typed array sorted once at the end: a list of pairs
  // and a set of those seen held hundreds of thousands of small objects at 10,000 partners.
  const n = profiles.length;
  let found = new Float64Array(1024);
  let count = 0;
  const add = (a: number, b: number) => {
    if (a === b) return;
    if (count === found.length) {
      const larger = new Float64Array(found.length * 2);
      larger.set(found);
      found = larger;
    }
    found[count++] = a < b ? a * n + b : b * n + a;
  };
  const byName = profiles.map((profile) => profile.name);
  const byLastWords = profiles.map((profile) => [...profile.nameWords].reverse().join(' '));
  for (const block of blocks.values()) {
    if (block.length <= MAX_BLOCK) {
      for (let x = 0; x < block.length; x++)
        for (let y = x + 1; y < block.length; y++) add(block[x]!, block[y]!);
      continue;
    }
    for (const names of [byName, byLastWords]) {
      const sorted = [...block].sort((a, b) => compareText(names[a]!, names[b]!) || a - b);
      for (let x = 0; x < sorted.length; x++)
        for (let y = x + 1; y <= x + WINDOW && y < sorted.length; y++) add(sorted[x]!, sorted[y]!);
    }
  }
  const ids = found.subarray(0, count).sort();
  const pairs = new Int32Array(2 * count);
  let length = 0;
  for (let k = 0; k < count; k++) {
    const id = ids[k]!;
    if (k > 0 && id === ids[k - 1]) continue;
    pairs[length++] = Math.floor(id / n);
    pairs[length++] = id % n;
  }
  return pairs.slice(0, length);
}

/** Code-unit order: the same in every browser and in Node. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
