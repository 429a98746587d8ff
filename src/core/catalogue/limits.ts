import { catalogueProblem } from './problems';
import type { Catalogue, CatalogueProblem } from './types';

/**
 * How large a catalogue may be. The reference catalogue has 8 sectors, 31 types and 371
 * synonyms; a state's own list has a few hundred types. Every partner is held against every
 * spelling, so a catalogue of 20,000 types took the command line minutes; these caps keep a
 * catalogue far above any real one and its checks within seconds.
 */
export const CATALOGUE_LIMITS = {
  /** Characters of the file's text (JSON or CSV). */
  characters: 5_000_000,
  /** Partner types (Einrichtungsarten), all sectors together. */
  types: 2_000,
  /** Spellings of sectors and types: labels and synonyms. */
  spellings: 20_000,
} as const;

/** The problem of a text too long to be a catalogue, or null. */
export function catalogueTextTooLarge(text: string): CatalogueProblem | null {
  if (text.length <= CATALOGUE_LIMITS.characters) return null;
  return catalogueProblem(
    'catalogue-file-too-large',
    {},
    { characters: text.length, limit: CATALOGUE_LIMITS.characters },
  );
}

/** The problem of a catalogue with more types or spellings than the limits, or null. */
export function catalogueTooLarge(catalogue: Catalogue): CatalogueProblem | null {
  let types = 0;
  let spellings = 0;
  for (const sector of catalogue.sectors) {
    spellings += 2 + sector.synonyms.length;
    for (const type of sector.types) {
      types++;
      spellings += 2 + type.synonyms.length;
    }
  }
  if (types <= CATALOGUE_LIMITS.types && spellings <= CATALOGUE_LIMITS.spellings) return null;
  return catalogueProblem(
    'catalogue-too-large',
    {},
    {
      types,
      spellings,
      typeLimit: CATALOGUE_LIMITS.types,
      spellingLimit: CATALOGUE_LIMITS.spellings,
    },
  );
}
