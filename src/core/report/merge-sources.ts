import { acrossNetworks, type SharedPartner } from '../doubles/across-networks';
import type { DuplicateOptions } from '../doubles/find-duplicate-partners';
import type { Membership, Network, Offer } from '../model/types';

/** What a report is made from: a network and, where kept, its offers and committee memberships. */
export interface ReportSource {
  network: Network;
  offers?: readonly Offer[];
  memberships?: readonly Membership[];
}

/** One municipality's lists in an inter-municipal network (Kreis Viersen and its towns). */
export interface NamedSource extends ReportSource {
  name: string;
}

/**
 * Several networks as one (`acrossNetworks`): each organisation once, every tie kept, and the
 * offers and memberships moved onto the merged partners' ids so the doubles checks see them
 * across the towns too.
 */
export function mergeSources(
  sources: readonly NamedSource[],
  options: DuplicateOptions = {},
): { source: ReportSource; shared: SharedPartner[] } {
  const { shared, merged } = acrossNetworks(sources, options);
  const mergedId = new Map<string, string>();
  for (const { id, members } of shared) {
    for (const { network, partnerId } of members) mergedId.set(`${network}/${partnerId}`, id);
  }
  const idOf = (network: string, partner: string) => {
    const key = `${network}/${partner}`;
    return mergedId.get(key) ?? key;
  };
  return {
    source: {
      network: merged,
      offers: sources.flatMap(({ name, offers = [] }) =>
        offers.map((o) => ({ ...o, partner: idOf(name, o.partner) })),
      ),
      memberships: sources.flatMap(({ name, memberships = [] }) =>
        memberships.map((m) => ({ ...m, partner: idOf(name, m.partner) })),
      ),
    },
    shared,
  };
}
