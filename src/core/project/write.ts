import { cooperationJson, partnerJson } from '../export/json';
import type { Membership, Offer } from '../model/types';
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION } from './format';
import type { MapPosition, Project, SettingValue, Snapshot } from './types';

/**
 * The project as `.netzwerkkarte.json` text of the current version. Stable (fixed key order,
 * two-space indent, final newline) so the same project always gives the same bytes; `compact`
 * leaves the indent out (the copy kept in the browser: a third less text, written faster). Writes only
 * what the reader accepts: a position or setting that is no finite number (a layout that went
 * NaN) and a year that is no whole number are left out rather than making the file unreadable.
 */
export function writeProjectFile(project: Project, options: { compact?: boolean } = {}): string {
  const fileContent = {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    name: project.name,
    created: project.created,
    changed: project.changed,
    partners: project.network.partners.map(partnerJson),
    cooperations: project.network.cooperations.map(cooperationJson),
    offers: project.offers.map(offerJson),
    memberships: project.memberships.map(membershipJson),
    positions: keyed(project.positions, positionJson),
    corrections: keyed(project.corrections, (type) => type),
    settings: keyed(project.settings, settingJson),
    snapshots: project.snapshots.map(snapshotJson),
  };
  return JSON.stringify(fileContent, null, options.compact ? undefined : 2) + '\n';
}

const offerJson = (o: Offer): Offer => ({
  partner: o.partner,
  offer: o.offer,
  socialArea: o.socialArea,
  targetGroup: o.targetGroup,
});
const membershipJson = (m: Membership): Membership => ({
  partner: m.partner,
  committee: m.committee,
});

function snapshotJson(s: Snapshot): Snapshot {
  return {
    name: s.name,
    taken: s.taken,
    network: {
      partners: s.network.partners.map(partnerJson),
      cooperations: s.network.cooperations.map(cooperationJson),
    },
    offers: s.offers.map(offerJson),
    memberships: s.memberships.map(membershipJson),
  };
}

const positionJson = (p: MapPosition) =>
  Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: p.x, y: p.y, pinned: p.pinned } : undefined;
const settingJson = (value: SettingValue) =>
  typeof value === 'number' && !Number.isFinite(value) ? undefined : value;

/**
 * Keyed data as a null-prototype object: on such an object "__proto__" is an ordinary key, and
 * JSON.stringify writes it like any other. Entries the value writer refuses are left out.
 */
function keyed<T, J>(
  entries: Iterable<[string, T]>,
  toJson: (value: T) => J | undefined,
): Record<string, J> {
  const object = Object.create(null) as Record<string, J>;
  for (const [key, value] of entries) {
    const json = toJson(value);
    if (json !== undefined) object[key] = json;
  }
  return object;
}
