import { compactName, nameWords, normaliseName } from './normalise';
import type { Catalogue, CatalogueSector, CatalogueType } from './types';

/** A spelling of a type or sector, normalised for lookup. */
export interface CatalogueTerm {
  /** Normalised words, e.g. "kinder jugendarzt". */
  words: string;
  /** The same without spaces, the lookup key. */
  compact: string;
  ownerId: string;
  /** The label or id itself, or one of the synonyms. */
  kind: 'label' | 'synonym';
  /** As the catalogue writes it. */
  spelling: string;
}

/** Lookups over a catalogue, built once and shared by every match. */
export interface CatalogueIndex {
  catalogue: Catalogue;
  typeById: Map<string, CatalogueType>;
  sectorById: Map<string, CatalogueSector>;
  /** The sector each type belongs to. */
  sectorOfType: Map<string, string>;
  typeTerms: Map<string, CatalogueTerm>;
  sectorTerms: Map<string, CatalogueTerm>;
  /** Type terms longest first, so "Familienhebamme" wins over "Hebamme" inside a name. */
  typeTermsByLength: CatalogueTerm[];
  sectorTermsByLength: CatalogueTerm[];
}

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const index: CatalogueIndex = {
    catalogue,
    typeById: new Map(),
    sectorById: new Map(),
    sectorOfType: new Map(),
    typeTerms: new Map(),
    sectorTerms: new Map(),
    typeTermsByLength: [],
    sectorTermsByLength: [],
  };
  for (const sector of catalogue.sectors) {
    index.sectorById.set(sector.id, sector);
    addTerms(
      index.sectorTerms,
      sector.id,
      [sector.id, sector.label.de, sector.label.en],
      sector.synonyms,
    );
    for (const type of sector.types) {
      index.typeById.set(type.id, type);
      index.sectorOfType.set(type.id, sector.id);
      addTerms(index.typeTerms, type.id, [type.id, type.label.de, type.label.en], type.synonyms);
    }
  }
  index.typeTermsByLength = byLength(index.typeTerms);
  index.sectorTermsByLength = byLength(index.sectorTerms);
  return index;
}

/**
 * The first spelling wins: labels (the id first) are added before synonyms, earlier types before
 * later ones. A term is spelt as the catalogue writes it for people: where an id ("kita") comes
 * first, the spelling of a label or synonym with the same letters ("Kita") replaces it.
 */
function addTerms(
  terms: Map<string, CatalogueTerm>,
  ownerId: string,
  labels: string[],
  synonyms: string[],
): void {
  const add = (spelling: string, kind: CatalogueTerm['kind']) => {
    const words = normaliseName(spelling);
    const compact = compactName(words);
    if (compact === '') return;
    const known = terms.get(compact);
    if (known === undefined) terms.set(compact, { words, compact, ownerId, kind, spelling });
    else if (known.ownerId === ownerId && known.spelling === ownerId) known.spelling = spelling;
  };
  for (const label of labels) add(label, 'label');
  for (const synonym of synonyms) add(synonym, 'synonym');
}

function byLength(terms: Map<string, CatalogueTerm>): CatalogueTerm[] {
  return [...terms.values()].sort((a, b) => b.compact.length - a.compact.length);
}

/** Terms of up to this many letters must match whole words ("ASD" is not inside "Kasdorf"). */
const SHORT_TERM = 4;

/** The longest term found inside a normalised text, or undefined. */
export function findTermIn(
  normalised: string,
  terms: readonly CatalogueTerm[],
): CatalogueTerm | undefined {
  return terms.find(insideText(normalised));
}

/** Every term found inside a normalised text, longest first. */
export function findTermsIn(normalised: string, terms: readonly CatalogueTerm[]): CatalogueTerm[] {
  return terms.filter(insideText(normalised));
}

/** Whether a term is inside a normalised text; the text is prepared once for many terms. */
export function insideText(normalised: string): (term: CatalogueTerm) => boolean {
  const compact = compactName(normalised);
  const words = ` ${nameWords(normalised).join(' ')} `;
  return (term) =>
    term.compact.length <= SHORT_TERM
      ? words.includes(` ${term.words} `)
      : compact.includes(term.compact);
}

/**
 * A matcher that remembers its answers per catalogue index and text: a network's partners write
 * the same few types and sectors again and again (10,000 partners, a few hundred texts), and
 * matching one runs a fuzzy comparison with every term of the catalogue. The answers are frozen.
 */
export function rememberPerText<T>(
  match: (text: string, index: CatalogueIndex) => T,
): (text: string, index: CatalogueIndex) => T {
  const memory = new WeakMap<CatalogueIndex, Map<string, T>>();
  return (text, index) => {
    let known = memory.get(index);
    if (known === undefined) {
      known = new Map();
      memory.set(index, known);
    }
    if (known.has(text)) return known.get(text) as T;
    const answer = match(text, index);
    known.set(text, answer === null ? answer : Object.freeze(answer));
    return answer;
  };
}
