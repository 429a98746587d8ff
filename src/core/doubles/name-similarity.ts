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

/** What comparing a normalised name needs of it alone, worked out once (see NameFeatureCache). */
export interface NameFeatures {
  name: string;
  words: readonly string[];
  /** Each word's weight (nameWeights), by position. */
  weights: readonly number[];
  total: number;
  distinctive: readonly string[];
  /** Its numbers, sorted and joined; "" without. */
  numbers: string;
  /** The telling part, compacted (see tellingPart). */
  telling: string;
}

export function nameFeatures(
  name: string,
  placeWords: ReadonlySet<string>,
  words: readonly string[] = nameWords(name),
): NameFeatures {
  const weights = words.map((w) => wordWeight(w, placeWords));
  return {
    name,
    words,
    weights,
    total: weights.reduce((total, weight) => total + weight, 0),
    distinctive: words.filter((_, i) => weights[i] === DISTINCTIVE_WEIGHT),
    numbers: words.filter(isNumber).sort().join(' '),
    telling: tellingPart(words, weights),
  };
}

/**
 * Names' features by the place words they are weighed with, each worked out once: a partner is
 * compared with dozens of others, and weighing its words anew for each pair was most of the work.
 * Place words are those of a municipality, so the municipality is the key.
 */
export class NameFeatureCache {
  private readonly byPlace = new Map<string, Map<string, NameFeatures>>();

  get(
    name: string,
    municipality: string,
    placeWords: ReadonlySet<string>,
    words?: readonly string[],
  ): NameFeatures {
    let names = this.byPlace.get(municipality);
    if (names === undefined) {
      names = new Map();
      this.byPlace.set(municipality, names);
    }
    let features = names.get(name);
    if (features === undefined) {
      features = nameFeatures(name, placeWords, words);
      names.set(name, features);
    }
    return features;
  }
}

/**
 * How alike two normalised names are, both weighed with the same place words. Words are weighed
 * by how much they tell organisations apart (nameWeights), matched softly (wordsMatch) and
 * combined as a weighted Dice coefficient; the edit similarity of the telling words catches
 * spellings that split words differently. Two names whose distinctive words all differ
 * ("Kita Sonnenschein", "Kita Sonnenblume") score 0.
 */
export function nameSimilarity(
  a: NameFeatures,
  b: NameFeatures,
  typeOfWord: ReadonlyMap<string, string>,
): NameSimilarity {
  if (a.name === b.name) return { score: 1, reasons: ['same-name'] };
  if (isAcronymOf(a.name, b.words) || isAcronymOf(b.name, a.words))
    return { score: DECISIVE, reasons: ['acronym'] };
  if (a.numbers !== '' && b.numbers !== '' && a.numbers !== b.numbers)
    return { score: 0, reasons: [] };
  const matches = (w: string, others: readonly string[]) =>
    others.some((o) => wordsMatch(w, o, typeOfWord));
  if (
    a.distinctive.length > 0 &&
    b.distinctive.length > 0 &&
    !a.distinctive.some((w) => matches(w, b.distinctive))
  ) {
    return { score: 0, reasons: [] };
  }
  const unmatchedA = unmatchedWeights(a, b.words, matches);
  const unmatchedB = unmatchedWeights(b, a.words, matches);
  const sum = (weights: readonly number[]) => weights.reduce((total, w) => total + w, 0);
  const total = a.total + b.total;
  const dice = total === 0 ? 0 : 1 - (sum(unmatchedA.weights) + sum(unmatchedB.weights)) / total;
  const whole = editSimilarity(a.telling, b.telling);
  const allDistinctive =
    a.distinctive.length + b.distinctive.length > 0 &&
    [...unmatchedA.weights, ...unmatchedB.weights].every((w) => w < DISTINCTIVE_WEIGHT);

  const reasons: NameReason[] = [];
  if (whole >= SIMILAR_NAME_MIN) reasons.push('similar-name');
  if (dice >= SIMILAR_NAME_MIN) reasons.push('same-words');
  if (allDistinctive) reasons.push('same-distinctive-words');
  const differentKind = hasKindWord(unmatchedA) && hasKindWord(unmatchedB);
  const score =
    Math.max(dice, whole, allDistinctive ? DECISIVE : 0) -
    (differentKind ? DIFFERENT_KIND_PENALTY : 0);
  return { score: Math.max(0, score), reasons };
}

/** The words of `name` that match none of `others`, with their weights. */
function unmatchedWeights(
  name: NameFeatures,
  others: readonly string[],
  matches: (w: string, others: readonly string[]) => boolean,
): { words: string[]; weights: number[] } {
  const words: string[] = [];
  const weights: number[] = [];
  name.words.forEach((w, i) => {
    if (matches(w, others)) return;
    words.push(w);
    weights.push(name.weights[i]!);
  });
  return { words, weights };
}

/**
 * The distinctive words, else the place words, else all: a long "Erziehungsberatungsstelle"
 * must not make two names alike.
 */
function tellingPart(words: readonly string[], weights: readonly number[]): string {
  const distinctive = words.filter((_, i) => weights[i] === DISTINCTIVE_WEIGHT);
  const places = words.filter((_, i) => weights[i]! > KIND_WEIGHT);
  const telling = [distinctive, places, words].find((part) => part.length > 0) ?? [];
  return compactName(telling.join(' '));
}

function hasKindWord({ words, weights }: { words: string[]; weights: number[] }): boolean {
  return words.some((w, i) => w.length >= KIND_WORD_MIN_LENGTH && weights[i] === KIND_WEIGHT);
}

/** "ASD" for "Allgemeiner Sozialer Dienst". */
function isAcronymOf(short: string, words: readonly string[]): boolean {
  return words.length >= 2 && !short.includes(' ') && words.map((w) => w[0]).join('') === short;
}
