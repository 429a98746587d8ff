/**
 * German name normaliser shared by catalogue matching and duplicate detection. Coordinators write
 * the same organisation as "Caritas-Verband f. d. Kreis e. V." and "Caritasverband für den Kreis
 * e.V.": this folds case, umlauts, ß, hyphenated compounds, legal forms, filler words and the usual
 * abbreviations so that both become "caritas kreis".
 */

/** Legal forms that say nothing about which organisation it is (HGB, BGB, GmbHG usage). */
const LEGAL_FORMS = new Set([
  'ev',
  'eg',
  'gmbh',
  'ggmbh',
  'mbh',
  'gemeinnuetzige',
  'gemeinnuetziger',
  'gemeinnuetziges',
  'aoer',
  'kdoer',
  'ag',
  'gag',
  'kg',
  'ohg',
  'gbr',
  'ug',
  'haftungsbeschraenkt',
  'co',
  'eingetragener',
  'verein',
]);

/** Filler words and their abbreviations ("f. d." = "für den"). */
const FILLERS = new Set([
  'und',
  'u',
  'fuer',
  'f',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'd',
  'im',
  'in',
  'am',
  'an',
  'von',
  'vom',
  'zu',
  'zur',
  'zum',
  'mit',
  'bei',
  'e',
  'v',
]);

/** Word forms folded to one spelling: "Ev." = "Evangelische", "St." = "Sankt", "Str." = "Straße". */
const WORD_FORMS: readonly (readonly [RegExp, string])[] = [
  [/^evangelisch\w*$/u, 'evang'],
  [/^katholisch\w*$|^kath$/u, 'kath'],
  [/^sankt$|^st$/u, 'st'],
  [/^(\w*)(strasse|str)$/u, '$1str'],
  [/^dres?$|^doktor$/u, 'dr'],
  [/^kreises$/u, 'kreis'],
];

/**
 * Carriers (Träger) written out or as acronym: the acronym is the one form. Matched on the already
 * normalised text, so the keys are written without umlauts and fillers.
 */
const CARRIER_ALIASES: readonly (readonly [RegExp, string])[] = [
  [/\bdeutsches rotes kreuz\b/gu, 'drk'],
  [/\barbeiterwohlfahrt\b/gu, 'awo'],
  [/\bcaritasverband\b|\bcaritas verband\b/gu, 'caritas'],
  [/\bdiakonisch\w* werk\w*\b|\bdiakoniewerk\b/gu, 'diakonie'],
  [/\bsozialdienst kath frauen\b/gu, 'skf'],
  [/\bsozialdienst kath maenner\b/gu, 'skm'],
  [/\b(deutscher )?kinderschutzbund\b/gu, 'dksb'],
  [/\bparitaetische[rn]?( wohlfahrtsverband)?\b/gu, 'paritaet'],
];

const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** The normalised name: lower-case ASCII words separated by single spaces. */
export function normaliseName(text: string): string {
  const folded = text
    .toLocaleLowerCase('de')
    .replace(/[äöüß]/gu, (c) => UMLAUTS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // A hyphen inside a word joins a compound ("Caritas-Verband" = "Caritasverband").
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  const words = folded.split(' ').filter((word) => word !== '');
  const kept = words
    .map((word, i) =>
      word === 'ev' && !isTrailingLegalForm(words, i) ? 'evang' : foldWordForm(word),
    )
    .filter((word) => !LEGAL_FORMS.has(word) && !FILLERS.has(word));
  let joined = kept.join(' ');
  for (const [pattern, alias] of CARRIER_ALIASES) joined = joined.replace(pattern, alias);
  return joined;
}

/** "eV" at the end is "e.V."; anywhere else "Ev." abbreviates "Evangelische". */
function isTrailingLegalForm(words: readonly string[], index: number): boolean {
  return index > 0 && words.slice(index + 1).every((word) => LEGAL_FORMS.has(word));
}

function foldWordForm(word: string): string {
  for (const [pattern, form] of WORD_FORMS)
    if (pattern.test(word)) return word.replace(pattern, form);
  return word;
}

/** The words of a normalised name. */
export function nameWords(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ');
}

/** The normalised name without spaces, so "Kinder- und Jugendarzt" meets "Kinder-Jugendarzt". */
export function compactName(normalised: string): string {
  return normalised.replace(/ /gu, '');
}
