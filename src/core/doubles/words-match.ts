import { distance } from 'fastest-levenshtein';

/** From this length one word may sit inside another ("Praxis" in "Kinderarztpraxis"). */
const CONTAINED_MIN_LENGTH = 5;
/**
 * Letters per allowed typo: a one-letter difference in a short word is another word
 * ("Müller", "Möller"), in a long one a slip ("Familienbildungstätte").
 */
const LETTERS_PER_TYPO = 8;

/**
 * Whether two normalised words name the same thing: equal, one typo apart, one inside the other
 * ("Praxis" in "Kinderarztpraxis", "Irmgardis" in "Irmgardiskrankenhaus"), an abbreviation of the
 * other ("Fam." for "Familienzentrum"), or two spellings the catalogue gives for one type
 * ("MGH", "Mehrgenerationenhaus").
 */
export function wordsMatch(x: string, y: string, typeOfWord: ReadonlyMap<string, string>): boolean {
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length >= CONTAINED_MIN_LENGTH) {
    if (longer.includes(shorter)) return true;
    // Words whose lengths differ by more than the typos allowed are never that close: the edit
    // distance is at least the difference in length (and none is allowed below eight letters).
    const typos = Math.floor(shorter.length / LETTERS_PER_TYPO);
    return longer.length - shorter.length <= typos && typos > 0 && distance(x, y) <= typos;
  }
  if (shorter.length >= 3 && longer.startsWith(shorter)) return true;
  const type = typeOfWord.get(shorter);
  return type !== undefined && typeOfWord.get(longer) === type;
}
