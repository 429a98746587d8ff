import type { NetworkIndex } from './network-index';
import { sectorGroups } from './sector-groups';

/**
 * How often a partner brokers between two of its partners who do not cooperate with each other,
 * by the sectors of the three. Each such pair counts once.
 */
export interface BrokerageRoles {
  /** All three in one sector. */
  coordinator: number;
  /** The two brokered partners share a sector, the broker is from another (also: consultant). */
  itinerant: number;
  /**
   * The broker shares the sector of one of the two and not of the other: Gould & Fernandez'
   * gatekeeper and representative, which only the direction of the ties tells apart.
   */
  gatekeeperOrRepresentative: number;
  /** All three from different sectors. */
  liaison: number;
  /** Pairs where the broker or one of the two has no sector: brokered, but in no sector role. */
  withoutSector: number;
  /** Every brokered pair: the roles and the pairs without sector together. */
  total: number;
}

/** The sector roles of {@link BrokerageRoles}, in the order of the result. */
export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'gatekeeperOrRepresentative',
  'liaison',
] as const;

/**
 * Gould & Fernandez (1989) brokerage roles, with sectors as the groups. Their roles are defined on
 * directed transactions a → broker → c with no tie a → c; the gatekeeper (broker in c's group) and
 * the representative (broker in a's group) differ only in that direction. Cooperations have none,
 * so a brokered pair {a, c} is one pair, counted once, and the two roles are one:
 * the broker links its own sector with another. (sna's `brokerage` reads an undirected tie as two
 * directed ones and so counts every pair twice, with equal gatekeeper and representative counts;
 * networkx and igraph have no such routine.) A partner without a sector belongs to no group: pairs
 * in which it is the broker or one of the two are brokered, but not put into a sector role.
 */
export function brokerage(index: NetworkIndex): BrokerageRoles[] {
  const { names, groupOf } = sectorGroups(index);
  const none = names.indexOf('');
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const tiedTo = new Int32Array(n).fill(-1);
  const result: BrokerageRoles[] = [];
  for (let b = 0; b < n; b += 1) {
    const roles: BrokerageRoles = {
      coordinator: 0,
      itinerant: 0,
      gatekeeperOrRepresentative: 0,
      liaison: 0,
      withoutSector: 0,
      total: 0,
    };
    const gb = groupOf[b]!;
    for (let e = offsets[b]!; e < offsets[b + 1]!; e += 1) {
      const a = neighbours[e]!;
      for (let f = offsets[a]!; f < offsets[a + 1]!; f += 1) tiedTo[neighbours[f]!] = a;
      const ga = groupOf[a]!;
      // Each unordered pair once: c after a in b's list of partners.
      for (let f = e + 1; f < offsets[b + 1]!; f += 1) {
        const c = neighbours[f]!;
        if (tiedTo[c]! === a) continue;
        const gc = groupOf[c]!;
        roles.total += 1;
        if (ga === none || gb === none || gc === none) roles.withoutSector += 1;
        else if (ga === gb && gb === gc) roles.coordinator += 1;
        else if (ga === gc) roles.itinerant += 1;
        else if (gb === ga || gb === gc) roles.gatekeeperOrRepresentative += 1;
        else roles.liaison += 1;
      }
    }
    result.push(roles);
  }
  return result;
}
