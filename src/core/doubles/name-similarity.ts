import { compactName, nameWords } from '../catalogue/normalise';
import { editSimilarity } from '../catalogue/similarity';
import { DISTINCTIVE_WEIGHT, isNumber, KIND_WEIGHT, wordWeight } from './name-weights';
import { wordsMatch } from './words-match';

export type NameReason =
  'same-name' | 'similar-name' | 'same-words' | 'same-distinctive-words' | 'acronym';

export interface NameSimilarity {
  /** 0–1; 0 also when the names carry different distinctive words. */
  score: number;
  reasons: NameReason[];
}

/** What decides a name pair as long as nothing contradicts it. */
const DECISIVE = 0.9;
const SIMILAR_NAME_MIN = 0.85;
/** Each name names a different kind of place ("Schuldnerberatung", "Suchtberatung"). */
const DIFFERENT_KIND_PENALTY = 0.25;
const KIND_WORD_MIN_LENGTH = 4;

/**
 * How alike two normalised names are. Words are weighed by how much they tell organisations
 * apart (nameWeights), matched softly (wordsMatch) and combined as a weighted Dice coefficient;
 * the edit similarity of the telling words catches spellings that split words differently.
 * Two names whose distinctive words all differ ("Kita Sonnenschein", "Kita Sonnenblume") score 0.
 */
export function nameSimilarity(
  a: string,
  b: string,
  placeWords: ReadonlySet<string>,
  typeOfWord: ReadonlyMap<string, string>,
  /** The names' words, when the caller has them already. */
  [wordsA, wordsB]: readonly [readonly string[], readonly string[]] = [nameWords(a), nameWords(b)],
): NameSimilarity {
  if (a === b) return { score: 1, reasons: ['same-name'] };
  if (isAcronymOf(a, wordsB) || isAcronymOf(b, wordsA))
    return { score: DECISIVE, reasons: ['acronym'] };
  if (numbersDiffer(wordsA, wordsB)) return { score: 0, reasons: [] };
  const weight = (w: string) => wordWeight(w, placeWords);
  const matches = (w: string, others: readonly string[]) =>
    others.some((o) => wordsMatch(w, o, typeOfWord));
  const distinctiveA = wordsA.filter((w) => weight(w) === DISTINCTIVE_WEIGHT);
  const distinctiveB = wordsB.filter((w) => weight(w) === DISTINCTIVE_WEIGHT);
  if (
    distinctiveA.length > 0 &&
    distinctiveB.length > 0 &&
    !distinctiveA.some((w) => matches(w, distinctiveB))
  ) {
    return { score: 0, reasons: [] };
  }
  const unmatchedA = wordsA.filter((w) => !matches(w, wordsB));
  const unmatchedB = wordsB.filter((w) => !matches(w, wordsA));
  const sum = (words: readonly string[]) => words.reduce((total, w) => total + weight(w), 0);
  const total = sum(wordsA) + sum(wordsB);
  const dice = total === 0 ? 0 : 1 - (sum(unmatchedA) + sum(unmatchedB)) / total;
  const whole = editSimilarity(tellingPart(wordsA, weight), tellingPart(wordsB, weight));
  const allDistinctive =
    distinctiveA.length + distinctiveB.length > 0 &&
    [...unmatchedA, ...unmatchedB].every((w) => weight(w) < DISTINCTIVE_WEIGHT);

  const reasons: NameReason[] = [];
  if (whole >= SIMILAR_NAME_MIN) reasons.push('similar-name');
  if (dice >= SIMILAR_NAME_MIN) reasons.push('same-words');
  if (allDistinctive) reasons.push('same-distinctive-words');
  const differentKind = hasKindWord(unmatchedA, weight) && hasKindWord(unmatchedB, weight);
  const score =
    Math.max(dice, whole, allDistinctive ? DECISIVE : 0) -
    (differentKind ? DIFFERENT_KIND_PENALTY : 0);
  return { score: Math.max(0, score), reasons };
}

/**
 * The distinctive words, else the place words, else all: a long "Erziehungsberatungsstelle"
 * must not make two names alike.
 */
function tellingPart(words: readonly string[], weight: (w: string) => number): string {
  const distinctive = words.filter((w) => weight(w) === DISTINCTIVE_WEIGHT);
  const places = words.filter((w) => weight(w) > KIND_WEIGHT);
  const telling = [distinctive, places, words].find((part) => part.length > 0) ?? [];
  return compactName(telling.join(' '));
}

function hasKindWord(words: string[], weight: (w: string) => number): boolean {
  return words.some((w) => w.length >= KIND_WORD_MIN_LENGTH && weight(w) === KIND_WEIGHT);
}

/** "Kita 6" and "Kita 66" are two places, however alike the rest. */
function numbersDiffer(wordsA: readonly string[], wordsB: readonly string[]): boolean {
  const numbers = (words: readonly string[]) => words.filter(isNumber).sort().join(' ');
  const [x, y] = [numbers(wordsA), numbers(wordsB)];
  return x !== '' && y !== '' && x !== y;
}

/** "ASD" for "Allgemeiner Sozialer Dienst". */
function isAcronymOf(short: string, words: readonly string[]): boolean {
  return words.length >= 2 && !short.includes(' ') && words.map((w) => w[0]).join('') === short;
}
