import { emptyRecord, type Cooperation, type Network, type Partner } from '../model/types';
import { findDuplicatePartners, type DuplicateOptions } from './find-duplicate-partners';
import { listIn } from '../model/lists';

/** A named network, e.g. one municipality's list in a district (Kreis Viersen and its towns). */
export interface NamedNetwork {
  name: string;
  network: Network;
}

/** One organisation found in several networks, with its id in each. */
export interface SharedPartner {
  /** The id the partner has in the merged network. */
  id: string;
  members: { network: string; partnerId: string }[];
}

/** Attribute of a merged partner listing the networks it belongs to, separated by "|". */
export const NETWORKS_ATTRIBUTE = 'networks';

/**
 * Partners appearing in more than one network (matched as duplicates are) and one network of
 * all, where each organisation appears once with its networks as an attribute and every tie is
 * kept. Ids in the merged network are "<network>/<id>" of the first entry.
 */
export function acrossNetworks(
  networks: readonly NamedNetwork[],
  options: DuplicateOptions = {},
): { shared: SharedPartner[]; merged: Network } {
  const entries = networks.flatMap(({ name, network }) =>
    network.partners.map((partner) => ({ network: name, partner, key: `${name}/${partner.id}` })),
  );
  const order = new Map(entries.map((e, i) => [e.key, i]));
  const networkOf = new Map(entries.map((e) => [e.key, e.network]));
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    const up = parent.get(key);
    return up === undefined ? key : root(up);
  };
  const renamed = entries.map((e) => ({ ...e.partner, id: e.key }));
  for (const { ids } of findDuplicatePartners(renamed, options)) {
    // Doubles inside one list are the duplicate check's business, not a cross-network match.
    if (networkOf.get(ids[0]) === networkOf.get(ids[1])) continue;
    const [x, y] = [root(ids[0]), root(ids[1])].sort(
      (p, q) => (order.get(p) ?? 0) - (order.get(q) ?? 0),
    );
    if (x !== undefined && y !== undefined && x !== y) parent.set(y, x);
  }
  const groups = new Map<string, typeof entries>();
  for (const entry of entries) {
    const id = root(entry.key);
    listIn(groups, id).push(entry);
  }
  const partners: Partner[] = [];
  const shared: SharedPartner[] = [];
  for (const [id, group] of groups) {
    const first = group[0];
    if (first === undefined) continue;
    const inNetworks = [...new Set(group.map((e) => e.network))];
    const attributes = Object.assign(emptyRecord<string>(), first.partner.attributes);
    attributes[NETWORKS_ATTRIBUTE] = inNetworks.join('|');
    partners.push({ ...first.partner, id, attributes });
    if (inNetworks.length > 1)
      shared.push({
        id,
        members: group.map((e) => ({ network: e.network, partnerId: e.partner.id })),
      });
  }
  const cooperations: Cooperation[] = networks.flatMap(({ name, network }) =>
    network.cooperations.map((tie) => ({
      ...tie,
      source: root(`${name}/${tie.source}`),
      target: root(`${name}/${tie.target}`),
    })),
  );
  return { shared, merged: { partners, cooperations } };
}
