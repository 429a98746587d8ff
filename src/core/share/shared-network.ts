import {
  createCooperation,
  createPartner,
  type Cooperation,
  type Network,
  type Partner,
} from '../model/types';

type Places = ReadonlyMap<string, { x: number; y: number }>;

/** The network that goes into a share file, keyed by each partner's number in the file. */
export interface SharedNetwork {
  network: Network;
  positions: Map<string, { x: number; y: number }>;
}

/**
 * The network as the share file holds it. Partners are keyed by their number in the file ("0",
 * "1", …), so that no ID of the user's lists — often a name, a case number or an address —
 * goes into it. Pseudonymised (`pseudonymOf` given), each partner keeps only its sector and type,
 * named by `pseudonymOf` with a number ("Kinderarztpraxis 3"), and each tie only its intensity,
 * weight and agreement: names, carriers, places, offers, years, further columns (phone, e-mail,
 * contact person, notes) and the kind of cooperation are left out.
 */
export function sharedNetwork(
  network: Network,
  positions: Places,
  pseudonymOf?: (partner: Partner) => string,
): SharedNetwork {
  const number = new Map(network.partners.map((p, index) => [p.id, String(index)]));
  const names = pseudonymOf === undefined ? null : pseudonyms(network, positions, pseudonymOf);
  const partners = network.partners.map((partner, index) =>
    names === null
      ? { ...partner, id: String(index) }
      : createPartner({
          id: String(index),
          name: names[index]!,
          sector: partner.sector,
          type: partner.type,
        }),
  );
  const cooperations = network.cooperations.flatMap((tie): Cooperation[] => {
    const source = number.get(tie.source);
    const target = number.get(tie.target);
    if (source === undefined || target === undefined) return [];
    if (names === null) return [{ ...tie, source, target }];
    return [
      createCooperation({
        source,
        target,
        intensity: tie.intensity,
        formal: tie.formal,
        ...(tie.weight === undefined ? {} : { weight: tie.weight }),
      }),
    ];
  });
  const places = new Map<string, { x: number; y: number }>();
  network.partners.forEach((partner, index) => {
    const at = positions.get(partner.id);
    if (at !== undefined) places.set(String(index), { x: at.x, y: at.y });
  });
  return { network: { partners, cooperations }, positions: places };
}

/**
 * Each partner's pseudonym, its group's name and a number: numbered within the group from left
 * to right on the map (top first where two stand one above the other), then those without a
 * place in list order. The order of the user's list, often alphabetical, would give the names away.
 */
function pseudonyms(
  network: Network,
  positions: Places,
  groupOf: (partner: Partner) => string,
): string[] {
  const order = network.partners
    .map((partner, index) => ({ index, at: positions.get(partner.id) }))
    .sort((a, b) => {
      if (a.at === undefined || b.at === undefined)
        return a.at === undefined ? (b.at === undefined ? a.index - b.index : 1) : -1;
      return a.at.x - b.at.x || b.at.y - a.at.y || a.index - b.index;
    });
  const counts = new Map<string, number>();
  const names: string[] = [];
  for (const { index } of order) {
    const group = groupOf(network.partners[index]!);
    const count = (counts.get(group) ?? 0) + 1;
    counts.set(group, count);
    names[index] = `${group} ${count}`;
  }
  return names;
}
