import { nameKey } from './names';
import { pairKey } from './ties';
import { emptyRecord, type Cooperation, type Network, type Partner } from '../model/types';

export interface MergeResult {
  network: Network;
  addedPartners: string[];
  updatedPartners: string[];
  addedCooperations: [string, string][];
  updatedCooperations: [string, string][];
}

/**
 * "Add or update" instead of "replace": an incoming partner is the current one with the same ID,
 * else with the same name (case and whitespace ignored); its filled fields overwrite, its empty
 * ones keep what was there. An incoming tie between the same two partners replaces the current
 * one. Everything else is added. The current network is not changed.
 */
export function mergeNetworks(current: Network, incoming: Network): MergeResult {
  const partners = current.partners.map((p) => ({
    ...p,
    offers: [...p.offers],
    attributes: copy(p.attributes),
  }));
  const byId = new Map(partners.map((p) => [p.id, p]));
  const byName = new Map<string, Partner>();
  for (const p of partners) if (!byName.has(nameKey(p.name))) byName.set(nameKey(p.name), p);
  const idOf = new Map<string, string>();
  const result: MergeResult = {
    network: { partners, cooperations: [] },
    addedPartners: [],
    updatedPartners: [],
    addedCooperations: [],
    updatedCooperations: [],
  };

  for (const partner of incoming.partners) {
    const match = byId.get(partner.id) ?? byName.get(nameKey(partner.name));
    if (match === undefined) {
      const added = {
        ...partner,
        offers: [...partner.offers],
        attributes: copy(partner.attributes),
      };
      partners.push(added);
      byId.set(added.id, added);
      byName.set(nameKey(added.name), added);
      idOf.set(partner.id, added.id);
      result.addedPartners.push(added.id);
      continue;
    }
    idOf.set(partner.id, match.id);
    const before = JSON.stringify(match);
    overwrite(match, partner);
    if (JSON.stringify(match) !== before) result.updatedPartners.push(match.id);
  }

  const ties = new Map(
    current.cooperations.map((c) => [
      pairKey(c.source, c.target),
      { ...c, attributes: copy(c.attributes) },
    ]),
  );
  for (const tie of incoming.cooperations) {
    const source = idOf.get(tie.source) ?? tie.source;
    const target = idOf.get(tie.target) ?? tie.target;
    const key = pairKey(source, target);
    const existing = ties.get(key);
    const merged: Cooperation = {
      ...tie,
      source: existing?.source ?? source,
      target: existing?.target ?? target,
      attributes: copy(tie.attributes),
    };
    if (existing === undefined) result.addedCooperations.push([source, target]);
    else if (JSON.stringify(existing) !== JSON.stringify(merged))
      result.updatedCooperations.push([merged.source, merged.target]);
    ties.set(key, merged);
  }
  result.network.cooperations = [...ties.values()];
  return result;
}

function overwrite(target: Partner, source: Partner): void {
  for (const field of [
    'name',
    'sector',
    'type',
    'carrier',
    'municipality',
    'socialArea',
  ] as const) {
    if (source[field] !== '') target[field] = source[field];
  }
  if (source.offers.length > 0) target.offers = [...source.offers];
  if (source.since !== null) target.since = source.since;
  for (const [key, value] of Object.entries(source.attributes)) target.attributes[key] = value;
}

function copy(record: Record<string, string>): Record<string, string> {
  return Object.assign(emptyRecord<string>(), record);
}
