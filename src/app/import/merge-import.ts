import { mergeNetworks, type MergeResult } from '../../core/import/merge';
import { nameKey } from '../../core/import/names';
import type { ImportResult } from '../../core/import/types';
import type { Network } from '../../core/model/types';

export interface MergedImport {
  /** The import as the current network plus the incoming one. */
  result: ImportResult;
  changes: MergeResult;
}

/**
 * "Add to the current network": the partners and ties merged by `mergeNetworks`; the incoming
 * offers and memberships are kept with their partners' IDs in the merged network (an incoming
 * partner found under its name keeps the ID it already had). The current offers and memberships
 * stay with the caller, who adds these to them.
 */
export function mergeImport(current: Network, incoming: ImportResult): MergedImport {
  const changes = mergeNetworks(current, incoming.network);
  const ids = new Set(changes.network.partners.map((p) => p.id));
  const idByName = new Map<string, string>();
  for (const partner of changes.network.partners)
    if (!idByName.has(nameKey(partner.name))) idByName.set(nameKey(partner.name), partner.id);
  const incomingName = new Map(incoming.network.partners.map((p) => [p.id, p.name]));
  const mergedId = (id: string) =>
    ids.has(id) ? id : (idByName.get(nameKey(incomingName.get(id) ?? '')) ?? id);
  return {
    changes,
    result: {
      ...incoming,
      network: changes.network,
      offers: incoming.offers.map((o) => ({ ...o, partner: mergedId(o.partner) })),
      memberships: incoming.memberships.map((m) => ({ ...m, partner: mergedId(m.partner) })),
    },
  };
}
