import type { CatalogueIndex } from '../catalogue/catalogue-index';
import { matchPartnerType } from '../catalogue/match-partner-type';
import { compactName, nameWords, normaliseName } from '../catalogue/normalise';
import type { Partner } from '../model/types';
import { nameFeatures, type NameFeatures } from './name-similarity';
import { placeWordsOf } from './name-weights';

/** Column names under which partner lists carry the street (kept in Partner.attributes). */
const STREET_COLUMNS = new Set([
  'strasse',
  'str',
  'adresse',
  'anschrift',
  'strassehausnummer',
  'strassenr',
]);

/** What duplicate detection compares of a partner, normalised once. */
export interface PartnerProfile {
  id: string;
  name: string;
  municipality: string;
  carrier: string;
  street: string;
  /** Catalogue type id, else the normalised type text, else "". */
  type: string;
  /** The words of `name`, and those of its municipality (place words, see nameWeights). */
  nameWords: string[];
  placeWords: Set<string>;
  /** The name and the carrier weighed with the partner's own place words. */
  nameFeatures: NameFeatures;
  carrierFeatures: NameFeatures;
}

export function partnerProfile(partner: Partner, index: CatalogueIndex): PartnerProfile {
  const typeId = partner.type.trim() === '' ? null : matchPartnerType(partner, index).typeId;
  const name = normaliseName(partner.name);
  const municipality = normaliseName(partner.municipality);
  const carrier = normaliseName(partner.carrier);
  const words = nameWords(name);
  const placeWords = placeWordsOf(municipality);
  return {
    id: partner.id,
    name,
    municipality,
    carrier,
    street: streetOf(partner),
    type: typeId ?? normaliseName(partner.type),
    nameWords: words,
    placeWords,
    nameFeatures: nameFeatures(name, placeWords, words),
    carrierFeatures: nameFeatures(carrier, placeWords),
  };
}

function streetOf(partner: Partner): string {
  for (const [column, value] of Object.entries(partner.attributes)) {
    if (STREET_COLUMNS.has(compactName(normaliseName(column)))) return normaliseName(value);
  }
  return '';
}

/** Single-word spellings of catalogue types, so "MGH" and "Mehrgenerationenhaus" are one word. */
export function typeWords(index: CatalogueIndex): Map<string, string> {
  const words = new Map<string, string>();
  for (const term of index.typeTerms.values())
    if (!term.words.includes(' ')) words.set(term.words, term.ownerId);
  return words;
}
