import type { CatalogueIndex } from '../catalogue/catalogue-index';
import { nameWords, normaliseName } from '../catalogue/normalise';
import type { Partner } from '../model/types';
import type { MissingType, Suggestion } from './types';

/**
 * A text as written and as whole normalised words between spaces; a hyphen parts words here
 * ("Familienhebammen-Sprechstunde" holds "Familienhebammen").
 */
interface Written {
  text: string;
  words: string;
}

const written = (text: string): Written => ({
  text,
  words: ` ${nameWords(normaliseName(text.replace(/[-\u2010-\u2015]/g, ' '))).join(' ')} `,
});

/** The catalogue's term for the type that stands as whole words in a text, longest first. */
function wholeTerm(text: Written, terms: readonly Written[]): string | undefined {
  return terms.find((term) => text.words.includes(term.words))?.text;
}

/**
 * Partners already in the network who may fill a missing type: its own type names the missing
 * one (while it was matched to another), it runs an offer named like it (a Familienzentrum with
 * "Familienbildung"), or its name names it. A term must stand as whole words: "Elternschule" is
 * no school and a "Schreiambulanz" no children's hospital. Each suggestion says which of the
 * partner's texts named which of the catalogue's terms; the coordinator decides. The catalogue's
 * terms are grouped by type and the partners' texts prepared once, not once per missing type: a
 * catalogue of 6,000 types took 43 s on 45 partners.
 */
export function suggestTypeCandidates(
  partners: readonly Partner[],
  index: CatalogueIndex,
  missing: readonly MissingType[],
): Suggestion[] {
  if (missing.length === 0) return [];
  const termsOf = new Map<string, Written[]>();
  for (const term of index.typeTermsByLength) {
    const terms = termsOf.get(term.ownerId);
    const spelt = written(term.spelling);
    if (spelt.words.trim() === '') continue;
    if (terms === undefined) termsOf.set(term.ownerId, [spelt]);
    else terms.push(spelt);
  }
  const texts = partners.map((partner) => ({
    partner,
    type: partner.type.trim() === '' ? null : written(partner.type),
    offers: partner.offers.map(written),
    name: written(partner.name),
  }));
  return missing.flatMap(({ type }) => {
    const terms = termsOf.get(type) ?? [];
    const gap = { kind: 'missing-type' as const, type };
    return texts.flatMap(({ partner, type: ownType, offers, name }): Suggestion[] => {
      const said = (reason: Suggestion['reason'], text: Written, term: string) => [
        { gap, partner: partner.id, reason, named: { text: text.text, term } },
      ];
      const inType = ownType && wholeTerm(ownType, terms);
      if (ownType && inType) return said('type-names-type', ownType, inType);
      for (const offer of offers) {
        const term = wholeTerm(offer, terms);
        if (term) return said('offer-names-type', offer, term);
      }
      const inName = wholeTerm(name, terms);
      if (inName) return said('name-names-type', name, inName);
      return [];
    });
  });
}
