import type { NetworkIndex } from './network-index';
import { sectorGroups } from './sector-groups';

/** How often a partner brokers between two unconnected partners, by the sectors involved. */
export interface BrokerageRoles {
  /** All three in one sector. */
  coordinator: number;
  /** The two brokered partners share a sector, the broker is from another (also: consultant). */
  itinerant: number;
  /** The broker shares the receiving partner's sector and controls access to it. */
  gatekeeper: number;
  /** The broker shares the sending partner's sector and represents it to another. */
  representative: number;
  /** All three from different sectors. */
  liaison: number;
  total: number;
}

/**
 * Gould & Fernandez (1989) brokerage roles, with sectors as the groups. Their roles are defined on
 * directed paths a → broker → c with no tie a → c. Cooperations are undirected, so every open pair
 * {a, c} of a broker's contacts is counted in both directions: coordinator, itinerant and liaison
 * counts are therefore even, and gatekeeper always equals representative.
 */
export function brokerage(index: NetworkIndex): BrokerageRoles[] {
  const { groupOf } = sectorGroups(index);
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const tiedTo = new Int32Array(n).fill(-1);
  const result: BrokerageRoles[] = [];
  for (let b = 0; b < n; b += 1) {
    const roles = {
      coordinator: 0,
      itinerant: 0,
      gatekeeper: 0,
      representative: 0,
      liaison: 0,
      total: 0,
    };
    const gb = groupOf[b]!;
    for (let e = offsets[b]!; e < offsets[b + 1]!; e += 1) {
      const a = neighbours[e]!;
      for (let f = offsets[a]!; f < offsets[a + 1]!; f += 1) tiedTo[neighbours[f]!] = a;
      const ga = groupOf[a]!;
      for (let f = offsets[b]!; f < offsets[b + 1]!; f += 1) {
        const c = neighbours[f]!;
        if (c === a || tiedTo[c]! === a) continue;
        const gc = groupOf[c]!;
        if (ga === gb && gb === gc) roles.coordinator += 1;
        else if (ga === gc) roles.itinerant += 1;
        else if (gb === gc) roles.gatekeeper += 1;
        else if (ga === gb) roles.representative += 1;
        else roles.liaison += 1;
        roles.total += 1;
      }
    }
    result.push(roles);
  }
  return result;
}
