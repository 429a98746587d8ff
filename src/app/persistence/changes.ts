import {
  emptyRecord,
  type Cooperation,
  type Membership,
  type Network,
  type Offer,
  type Partner,
} from '../../core/model/types';
import type { MapPosition, Project, SettingValue, Stand } from '../../core/project';

/**
 * What of a project the coordinator changes; where the layout put unpinned partners is not. The
 * settings (the Netzwerkbefragung is kept there) where the content carries them.
 */
export type ProjectContent = Pick<
  Project,
  'name' | 'network' | 'offers' | 'memberships' | 'corrections' | 'positions' | 'stands'
> &
  Partial<Pick<Project, 'settings'>>;

/**
 * What changed from one state of a project to another, item by item: the new state of each
 * partner and tie that changed (null: removed), of each catalogue correction and each pinned
 * place, and the whole of the small lists that changed (name, offers, memberships, Stände).
 * Small for an edit, so it can be stored ahead of the full save; keyed, so the changes of two tabs
 * can be laid over each other where they touch different partners and ties.
 */
export interface ProjectChanges {
  partners: Map<string, Partner | null>;
  /** By `tieKey`. */
  cooperations: Map<string, Cooperation | null>;
  corrections: Map<string, string | null>;
  /** Partners pinned, moved while pinned or let go; null when the partner has no place any more. */
  pins: Map<string, MapPosition | null>;
  /** Each setting set or changed (null: removed), e.g. the survey; absent in edits stored before. */
  settings?: Map<string, SettingValue | null>;
  name?: string;
  offers?: Offer[];
  memberships?: Membership[];
  stands?: Stand[];
}

/** One thing both sides changed, each in its own way. */
export interface Clash {
  kind:
    | 'partner'
    | 'cooperation'
    | 'correction'
    | 'setting'
    | 'name'
    | 'offers'
    | 'memberships'
    | 'stands';
  key: string;
}

/** A tie is the same tie whichever way round its partners are written. */
export function tieKey(cooperation: Pick<Cooperation, 'source' | 'target'>): string {
  const { source, target } = cooperation;
  return source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
}

/** Plain data (numbers, strings, arrays, records) equal in every part. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordB = b as Record<string, unknown>;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      sameData((a as Record<string, unknown>)[key], recordB[key]),
  );
}

const index = new WeakMap<object, Map<string, unknown>>();

/** The items of a list by key, made once per list (a base is compared with every edit). */
function byKey<T extends object>(items: T[], key: (item: T) => string): Map<string, T> {
  let found = index.get(items) as Map<string, T> | undefined;
  if (found === undefined) {
    found = new Map(items.map((item) => [key(item), item]));
    index.set(items, found);
  }
  return found;
}

function listChanges<T extends object>(
  before: T[],
  after: T[],
  key: (item: T) => string,
): Map<string, T | null> {
  const changes = new Map<string, T | null>();
  if (before === after) return changes;
  const old = byKey(before, key);
  const kept = new Set<string>();
  for (const item of after) {
    const k = key(item);
    kept.add(k);
    const was = old.get(k);
    if (was === undefined || (was !== item && !sameData(was, item))) changes.set(k, item);
  }
  for (const k of old.keys()) if (!kept.has(k)) changes.set(k, null);
  return changes;
}

function mapChanges<T>(
  before: Map<string, T>,
  after: Map<string, T>,
  same: (a: T, b: T) => boolean,
): Map<string, T | null> {
  const changes = new Map<string, T | null>();
  if (before === after) return changes;
  for (const [k, value] of after) {
    const was = before.get(k);
    if (was === undefined || !same(was, value)) changes.set(k, value);
  }
  for (const k of before.keys()) if (!after.has(k)) changes.set(k, null);
  return changes;
}

/** Only a pinned place is the coordinator's: the layout moves the others as it likes. */
function samePin(a: MapPosition | undefined, b: MapPosition | undefined): boolean {
  if (!a?.pinned && !b?.pinned) return true;
  return a !== undefined && b !== undefined && a.pinned === b.pinned && a.x === b.x && a.y === b.y;
}

/** The partners pinned, moved while pinned or let go between two sets of map places. */
export function pinChanges(
  before: Map<string, MapPosition>,
  after: Map<string, MapPosition>,
): Map<string, MapPosition | null> {
  const changes = new Map<string, MapPosition | null>();
  if (before === after) return changes;
  for (const [id, at] of after) if (!samePin(before.get(id), at)) changes.set(id, at);
  for (const [id, at] of before) if (at.pinned && !after.has(id)) changes.set(id, null);
  return changes;
}

const standsSignature = (stands: Stand[]) =>
  stands.map((s) => `${s.name}\u0000${s.taken}`).join('\u0001');

/** What changed from `before` to `after`. */
export function changesBetween(before: ProjectContent, after: ProjectContent): ProjectChanges {
  const changes: ProjectChanges = {
    partners: listChanges(before.network.partners, after.network.partners, (p) => p.id),
    cooperations: listChanges(before.network.cooperations, after.network.cooperations, tieKey),
    corrections: mapChanges(before.corrections, after.corrections, (a, b) => a === b),
    pins: pinChanges(before.positions, after.positions),
  };
  if (before.settings !== undefined && after.settings !== undefined) {
    const settings = mapChanges(before.settings, after.settings, (a, b) => a === b);
    if (settings.size > 0) changes.settings = settings;
  }
  if (before.name !== after.name) changes.name = after.name;
  if (!sameData(before.offers, after.offers)) changes.offers = after.offers;
  if (!sameData(before.memberships, after.memberships)) changes.memberships = after.memberships;
  if (standsSignature(before.stands) !== standsSignature(after.stands))
    changes.stands = after.stands;
  return changes;
}

export function noChanges(changes: ProjectChanges): boolean {
  return (
    changes.partners.size === 0 &&
    changes.cooperations.size === 0 &&
    changes.corrections.size === 0 &&
    changes.pins.size === 0 &&
    (changes.settings?.size ?? 0) === 0 &&
    changes.name === undefined &&
    changes.offers === undefined &&
    changes.memberships === undefined &&
    changes.stands === undefined
  );
}

function applyToList<T>(items: T[], changes: Map<string, T | null>, key: (item: T) => string): T[] {
  if (changes.size === 0) return items;
  const result: T[] = [];
  const present = new Set<string>();
  for (const item of items) {
    const k = key(item);
    present.add(k);
    const change = changes.get(k);
    if (change === undefined) result.push(item);
    else if (change !== null) result.push(change);
  }
  for (const [k, change] of changes) if (change !== null && !present.has(k)) result.push(change);
  return result;
}

/** A network with the changes laid over it; a tie left without one of its partners goes. */
export function applyToNetwork(network: Network, changes: ProjectChanges): Network {
  if (changes.partners.size === 0 && changes.cooperations.size === 0) return network;
  const partners = applyToList(network.partners, changes.partners, (p) => p.id);
  const ids = new Set(partners.map((p) => p.id));
  const cooperations = applyToList(network.cooperations, changes.cooperations, tieKey).filter(
    (c) => ids.has(c.source) && ids.has(c.target),
  );
  return { partners, cooperations };
}

function applyToMap<T>(map: Map<string, T>, changes: Map<string, T | null>): Map<string, T> {
  if (changes.size === 0) return map;
  const result = new Map(map);
  for (const [k, value] of changes) {
    if (value === null) result.delete(k);
    else result.set(k, value);
  }
  return result;
}

/** The content with the changes laid over it (where both name the same item, the changes win). */
export function applyChanges<T extends ProjectContent>(content: T, changes: ProjectChanges): T {
  return {
    ...content,
    network: applyToNetwork(content.network, changes),
    corrections: applyToMap(content.corrections, changes.corrections),
    positions: applyToMap(content.positions, changes.pins),
    ...(content.settings === undefined || changes.settings === undefined
      ? {}
      : { settings: applyToMap(content.settings, changes.settings) }),
    name: changes.name ?? content.name,
    offers: changes.offers ?? content.offers,
    memberships: changes.memberships ?? content.memberships,
    stands: changes.stands ?? content.stands,
  };
}

/**
 * What both sides changed differently: the same partner, tie, correction or setting, or the same list.
 * A partner removed on one side clashes with a change to a tie of it on the other. Pinned places
 * never clash: the hand that pinned last keeps them.
 */
export function clashesOf(mine: ProjectChanges, theirs: ProjectChanges): Clash[] {
  const clashes: Clash[] = [];
  const both = <T>(kind: Clash['kind'], a: Map<string, T>, b: Map<string, T>) => {
    for (const [key, value] of a)
      if (b.has(key) && !sameData(value, b.get(key))) clashes.push({ kind, key });
  };
  both('partner', mine.partners, theirs.partners);
  both('cooperation', mine.cooperations, theirs.cooperations);
  both('correction', mine.corrections, theirs.corrections);
  both('setting', mine.settings ?? new Map(), theirs.settings ?? new Map());
  const orphaned = (removing: ProjectChanges, changing: ProjectChanges) => {
    for (const [key, tie] of changing.cooperations) {
      if (tie === null || removing.cooperations.has(key)) continue;
      for (const end of [tie.source, tie.target]) {
        if (removing.partners.get(end) !== null) continue;
        clashes.push({ kind: 'cooperation', key });
        if (!clashes.some((c) => c.kind === 'partner' && c.key === end))
          clashes.push({ kind: 'partner', key: end });
      }
    }
  };
  orphaned(mine, theirs);
  orphaned(theirs, mine);
  for (const kind of ['name', 'offers', 'memberships', 'stands'] as const) {
    const a = mine[kind];
    const b = theirs[kind];
    const differ =
      kind === 'stands'
        ? standsSignature(mine.stands ?? []) !== standsSignature(theirs.stands ?? [])
        : !sameData(a, b);
    if (a !== undefined && b !== undefined && differ) clashes.push({ kind, key: kind });
  }
  return clashes;
}

/**
 * The changes without what clashes, so the other side's version of those items stays; a partner
 * kept from removal keeps its ties too.
 */
export function withoutClashes(changes: ProjectChanges, clashes: Clash[]): ProjectChanges {
  if (clashes.length === 0) return changes;
  const keys = (kind: Clash['kind']) =>
    new Set(clashes.filter((c) => c.kind === kind).map((c) => c.key));
  const drop = <T>(map: Map<string, T>, kind: Clash['kind'], also = (_key: string) => false) => {
    const dropped = keys(kind);
    return new Map([...map].filter(([key]) => !dropped.has(key) && !also(key)));
  };
  const kept = new Set([...keys('partner')].filter((id) => changes.partners.get(id) === null));
  const tieOfKept = (key: string) =>
    changes.cooperations.get(key) === null && key.split('\u0000').some((id) => kept.has(id));
  const fields = new Set(clashes.map((c) => c.kind));
  return {
    partners: drop(changes.partners, 'partner'),
    cooperations: drop(changes.cooperations, 'cooperation', tieOfKept),
    corrections: drop(changes.corrections, 'correction'),
    pins: changes.pins,
    ...(changes.settings === undefined ? {} : { settings: drop(changes.settings, 'setting') }),
    name: fields.has('name') ? undefined : changes.name,
    offers: fields.has('offers') ? undefined : changes.offers,
    memberships: fields.has('memberships') ? undefined : changes.memberships,
    stands: fields.has('stands') ? undefined : changes.stands,
  };
}

/** Records as data again (storage hands back plain objects): nothing inherited, "__proto__" kept. */
function plainRecord(record: Record<string, string>): Record<string, string> {
  const result = emptyRecord<string>();
  for (const [key, value] of Object.entries(record)) result[key] = value;
  return result;
}

const revivePartner = (p: Partner): Partner => ({ ...p, attributes: plainRecord(p.attributes) });
const reviveTie = (c: Cooperation): Cooperation => ({
  ...c,
  attributes: plainRecord(c.attributes),
});
const reviveNetwork = (n: Network): Network => ({
  partners: n.partners.map(revivePartner),
  cooperations: n.cooperations.map(reviveTie),
});

/** Changes read back from the browser's storage, with records that inherit nothing again. */
export function reviveChanges(changes: ProjectChanges): ProjectChanges {
  const revive = <T>(map: Map<string, T | null>, item: (value: T) => T) =>
    new Map([...map].map(([key, value]) => [key, value === null ? null : item(value)]));
  return {
    ...changes,
    partners: revive(changes.partners, revivePartner),
    cooperations: revive(changes.cooperations, reviveTie),
    // Stored before the Stände had that name in the code.
    stands: (changes.stands ?? (changes as { snapshots?: Stand[] }).snapshots)?.map((s) => ({
      ...s,
      network: reviveNetwork(s.network),
    })),
  };
}
