import { nameWords } from '../catalogue/normalise';

/**
 * Words that say what kind of place it is, not which one: "Kita" in "Kita Sonnenschein". Two
 * names that share only such words are different organisations, so these weigh little.
 * Written normalised (see normaliseName).
 */
const KIND_WORDS = new Set([
  'kita',
  'kindertagesstaette',
  'kindergarten',
  'kinderhaus',
  'familienzentrum',
  'zentrum',
  'praxis',
  'kinderarztpraxis',
  'frauenarztpraxis',
  'hebammenpraxis',
  'hebamme',
  'familienhebamme',
  'dr',
  'med',
  'beratungsstelle',
  'beratung',
  'fachberatung',
  'schwangerschaftsberatung',
  'schwangerschaftsberatungsstelle',
  'suchtberatung',
  'schuldnerberatung',
  'erziehungsberatung',
  'erziehungsberatungsstelle',
  'frauenberatungsstelle',
  'familienbildungsstaette',
  'familienbildung',
  'jugendamt',
  'gesundheitsamt',
  'sozialamt',
  'ordnungsamt',
  'amt',
  'fachbereich',
  'jobcenter',
  'krankenhaus',
  'klinik',
  'klinikum',
  'kinderklinik',
  'hospital',
  'grundschule',
  'schule',
  'frauenhaus',
  'mehrgenerationenhaus',
  'fruehfoerderstelle',
  'kreisverband',
  'ortsverband',
  'ortsverein',
  'stadtverband',
  'kreisgruppe',
  'kreisvereinigung',
  'verband',
  'ov',
  'kv',
  'st',
  'dienst',
  'stelle',
  'haus',
  'team',
  'gruppe',
  'familienpaten',
  'familienpatenschaft',
  'familienpatenschaften',
  'patenprojekt',
]);

/** Words naming the place rather than the organisation: they help, but do not decide. */
const PLACE_WORDS = new Set(['stadt', 'kreis', 'landkreis', 'gemeinde', 'stadtteil', 'bezirk']);

export const KIND_WEIGHT = 0.3;
export const PLACE_WEIGHT = 0.5;
export const DISTINCTIVE_WEIGHT = 1;

/** How much a word of a name says about which organisation it is. */
export function wordWeight(word: string, placeWords: ReadonlySet<string>): number {
  // A number tells places apart ("Grundschule 3", "Kita Nr. 5").
  if (isNumber(word)) return DISTINCTIVE_WEIGHT;
  if (KIND_WORDS.has(word) || word.length <= 2) return KIND_WEIGHT;
  if (PLACE_WORDS.has(word) || placeWords.has(word)) return PLACE_WEIGHT;
  return DISTINCTIVE_WEIGHT;
}

/** A word of digits only ("3", "2024"); the first character decides for nearly every word. */
export function isNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && /^\d+$/u.test(word);
}

/** The municipality's own words count as place words ("Viersen" in "Jugendamt Viersen"). */
export function placeWordsOf(...normalisedMunicipalities: string[]): Set<string> {
  return new Set(normalisedMunicipalities.flatMap(nameWords));
}
