import {
  emptyRecord,
  type Cooperation,
  type Membership,
  type Network,
  type Offer,
  type Partner,
} from '../model/types';

/**
 * A whole Netzwerkkarte project as the app keeps it and the `.netzwerkkarte.json` file holds it:
 * the network with its offers and memberships, how the map was laid out, the coordinator's
 * catalogue corrections and settings, and Stände (named copies of the network) for year-over-year reports.
 */
export interface Project {
  name: string;
  /** ISO 8601 timestamps (UTC). */
  created: string;
  changed: string;
  network: Network;
  offers: Offer[];
  memberships: Membership[];
  /** Where each partner stands on the map, by partner ID. */
  positions: Map<string, MapPosition>;
  /** Catalogue corrections: partner ID → catalogue type ID the coordinator chose by hand. */
  corrections: Map<string, string>;
  /** Small view and analysis preferences of this project, by name. */
  settings: Map<string, SettingValue>;
  /** Named copies of the network (e.g. "2024", "2025"), oldest first. */
  stands: Stand[];
}

/** A partner's place on the map; a pinned partner stays there when the layout runs again. */
export interface MapPosition {
  x: number;
  y: number;
  pinned: boolean;
}

export type SettingValue = string | number | boolean;

/** A named copy of the network as it was at one time (Stand), kept inside the project. */
export interface Stand {
  name: string;
  /** ISO 8601 timestamp when the copy was taken. */
  taken: string;
  network: Network;
  offers: Offer[];
  memberships: Membership[];
}

/** A new, empty project. `now` is an ISO timestamp; passed in so the core stays deterministic. */
export function createProject(
  name: string,
  now: string,
  network: Network = { partners: [], cooperations: [] },
): Project {
  return {
    name,
    created: now,
    changed: now,
    network,
    offers: [],
    memberships: [],
    positions: new Map(),
    corrections: new Map(),
    settings: new Map(),
    stands: [],
  };
}

/** A Stand: a copy of the project's current network under a name; the copy shares nothing with it. */
export function keepStand(project: Project, name: string, now: string): Project {
  const stand: Stand = {
    name,
    taken: now,
    network: copyNetwork(project.network),
    offers: project.offers.map((o) => ({ ...o })),
    memberships: project.memberships.map((m) => ({ ...m })),
  };
  return { ...project, changed: now, stands: [...project.stands, stand] };
}

function copyNetwork(network: Network): Network {
  return {
    partners: network.partners.map(copyPartner),
    cooperations: network.cooperations.map(copyCooperation),
  };
}

function copyPartner(p: Partner): Partner {
  return {
    ...p,
    offers: [...p.offers],
    attributes: Object.assign(emptyRecord<string>(), p.attributes),
  };
}

function copyCooperation(c: Cooperation): Cooperation {
  return {
    ...c,
    attributes: Object.assign(emptyRecord<string>(), c.attributes),
  };
}
