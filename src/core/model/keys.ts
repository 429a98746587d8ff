import type { Cooperation, Network } from './types';

/**
 * graphology keeps a node's neighbours in plain objects, so a partner key such as "constructor",
 * "toString" or "__proto__" collides with Object.prototype and breaks every graph built from it.
 * Partner keys therefore never take such a name: it gets a visible "_" suffix (the name itself,
 * which is what users see, stays as it was).
 */
export function isReservedKey(key: string): boolean {
  return key === '__proto__' || key in Object.prototype;
}

export interface SafeKeys {
  network: Network;
  /** Old key → new key for every partner whose key had to change. */
  renamed: Map<string, string>;
}

export function ensureSafeKeys(network: Network): SafeKeys {
  const renamed = new Map<string, string>();
  if (!network.partners.some((p) => isReservedKey(p.id))) return { network, renamed };
  const used = new Set(network.partners.map((p) => p.id));
  for (const { id } of network.partners) {
    if (!isReservedKey(id)) continue;
    let key = id;
    while (isReservedKey(key) || used.has(key)) key = `${key}_`;
    used.add(key);
    renamed.set(id, key);
  }
  const rekey = (id: string) => renamed.get(id) ?? id;
  const cooperations = network.cooperations.map((c): Cooperation => ({
    ...c,
    source: rekey(c.source),
    target: rekey(c.target),
  }));
  return {
    network: { partners: network.partners.map((p) => ({ ...p, id: rekey(p.id) })), cooperations },
    renamed,
  };
}
