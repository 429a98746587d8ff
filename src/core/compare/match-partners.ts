import { normaliseName } from '../catalogue/normalise';
import type { PartnerRef, RenamedPartner } from './types';
import { listIn } from '../model/lists';

/** Which partners of an earlier network are still there in a later one, and which came and went. */
export interface PartnerMatching {
  /** Earlier ID → later ID of every partner present in both. */
  laterIdOf: Map<string, string>;
  renamed: RenamedPartner[];
  added: PartnerRef[];
  gone: PartnerRef[];
}

/**
 * Matches partners by ID first, then the rest by normalised name, one to one in list order: a list
 * exported again without its ID column still recognises "Caritasverband f. d. Kreis e.V." as
 * "Caritas-Verband für den Kreis". A name that normalises to nothing matches nobody.
 */
export function matchPartners(
  before: readonly PartnerRef[],
  after: readonly PartnerRef[],
): PartnerMatching {
  const earlier = byId(before);
  const later = byId(after);
  const laterIdOf = new Map<string, string>();
  for (const id of earlier.keys()) if (later.has(id)) laterIdOf.set(id, id);

  const unmatchedLater = new Map<string, string[]>();
  for (const partner of later.values()) {
    if (earlier.has(partner.id)) continue;
    const name = normaliseName(partner.name);
    if (name !== '') listIn(unmatchedLater, name).push(partner.id);
  }
  const renamed: RenamedPartner[] = [];
  const matchedLater = new Set(laterIdOf.values());
  for (const partner of earlier.values()) {
    if (laterIdOf.has(partner.id)) continue;
    const laterId = unmatchedLater.get(normaliseName(partner.name))?.shift();
    if (laterId === undefined) continue;
    laterIdOf.set(partner.id, laterId);
    matchedLater.add(laterId);
    renamed.push({ before: ref(partner), after: ref(later.get(laterId)!) });
  }
  return {
    laterIdOf,
    renamed,
    added: [...later.values()].filter((p) => !matchedLater.has(p.id)).map(ref),
    gone: [...earlier.values()].filter((p) => !laterIdOf.has(p.id)).map(ref),
  };
}

/** One partner per ID, the last entry winning as in the network graph (`buildGraph`). */
function byId(partners: readonly PartnerRef[]): Map<string, PartnerRef> {
  return new Map(partners.map((p) => [p.id, p]));
}

const ref = (partner: PartnerRef): PartnerRef => ({ id: partner.id, name: partner.name });
