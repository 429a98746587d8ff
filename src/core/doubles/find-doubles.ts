import type { Membership, Network, Offer } from '../model/types';
import { acrossNetworks, type NamedNetwork, type SharedPartner } from './across-networks';
import { findDoubledOffers, type DoubledOffer } from './find-doubled-offers';
import {
  findDuplicatePartners,
  type DuplicateOptions,
  type DuplicatePartners,
} from './find-duplicate-partners';
import {
  DEFAULT_COMMITTEE_OVERLAP,
  findOverlappingCommittees,
  type OverlappingCommittees,
} from './find-overlapping-committees';

export interface DoublesInput {
  network: Network;
  offers?: readonly Offer[];
  memberships?: readonly Membership[];
  /** Several networks to compare, e.g. the lists of the towns in a district; used from two on. */
  networks?: readonly NamedNetwork[];
}

export interface DoublesOptions extends DuplicateOptions {
  /** Jaccard from which two committees count as overlapping. */
  committeeOverlap?: number;
}

/** Doppelstrukturen of all four kinds (DOMAIN.md task 3). */
export interface DoublesReport {
  partners: DuplicatePartners[];
  offers: DoubledOffer[];
  committees: OverlappingCommittees[];
  networks: { shared: SharedPartner[]; merged: Network } | null;
}

export function findDoubles(input: DoublesInput, options: DoublesOptions = {}): DoublesReport {
  const networks = input.networks ?? [];
  return {
    partners: findDuplicatePartners(input.network.partners, options),
    offers: findDoubledOffers(input.offers ?? []),
    committees: findOverlappingCommittees(
      input.memberships ?? [],
      options.committeeOverlap ?? DEFAULT_COMMITTEE_OVERLAP,
    ),
    networks: networks.length > 1 ? acrossNetworks(networks, options) : null,
  };
}
