import type { SharedPartner } from '../doubles/across-networks';
import type { DoubledOffer } from '../doubles/find-doubled-offers';
import type { DoublesReport } from '../doubles/find-doubles';
import type { DuplicatePartners } from '../doubles/find-duplicate-partners';
import type { OverlappingCommittees } from '../doubles/find-overlapping-committees';

/**
 * The Doppelstrukturen as the `analyse` contract and the report carry them: plain lists, partners
 * by id (the report's partner list names them). `networks` is empty unless several networks were
 * compared; the merged network itself is what the rest of the report analyses.
 */
export interface DoublesSummary {
  partners: DuplicatePartners[];
  offers: DoubledOffer[];
  committees: OverlappingCommittees[];
  networks: SharedPartner[];
}

export function summariseDoubles(doubles: DoublesReport): DoublesSummary {
  return {
    partners: doubles.partners,
    offers: doubles.offers,
    committees: doubles.committees,
    networks: doubles.networks?.shared ?? [],
  };
}
