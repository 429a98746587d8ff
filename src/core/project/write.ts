import { cooperationJson, partnerJson } from '../export/json';
import type { Membership, Offer } from '../model/types';
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION } from './format';
import type { MapPosition, Project, SettingValue, Stand } from './types';

/**
 * The project as `.netzwerkkarte.json` text of the current version. Stable (fixed key order,
 * two-space indent, final newline) so the same project always gives the same bytes; `compact`
 * leaves the indent out (the copy kept in the browser: a third less text, written faster). Writes only
 * what the reader accepts: a position or setting that is no finite number (a layout that went
 * NaN) and a year that is no whole number are left out rather than making the file unreadable.
 */
export function writeProjectFile(project: Project, options: { compact?: boolean } = {}): string {
  if (options.compact)
    return compactProjectHeader(project) + [...compactProjectBody(project)].join('') + '\n';
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
    // The file's name for the Stände.
    snapshots: project.stands.map(standJson),
  };
  return JSON.stringify(fileContent, null, 2) + '\n';
}

/** How many list entries one piece of `compactProjectBody` writes. */
export const PROJECT_PIECE = 2_000;

/**
 * The start of the compact project text, up to and including the comma after `changed`: the part
 * that names and dates the project. `compactProjectHeader(p) + compactProjectBody(p) + "\n"` is
 * `writeProjectFile(p, { compact: true })`.
 */
export function compactProjectHeader(
  project: Pick<Project, 'name' | 'created' | 'changed'>,
): string {
  const header = JSON.stringify({
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    name: project.name,
    created: project.created,
    changed: project.changed,
  });
  return header.slice(0, -1) + ',';
}

/**
 * The rest of the compact project text (from `"partners"` to the closing brace) in pieces of at
 * most `piece` list entries: the JSON value `JSON.stringify` writes for the whole (whole-number
 * position keys may come in another order), so a large network's copy in the browser can be
 * written a piece at a time between frames.
 */
export function* compactProjectBody(
  project: Project,
  piece: number = PROJECT_PIECE,
): Generator<string, void> {
  yield* contentPieces(project, piece);
  yield ',"positions":';
  yield* keyedPieces([...project.positions], positionJson, piece);
  yield `,"corrections":${JSON.stringify(keyed(project.corrections, (type) => type))}`;
  yield `,"settings":${JSON.stringify(keyed(project.settings, settingJson))}`;
  yield ',"snapshots":[';
  for (const [index, s] of project.stands.entries()) {
    yield `${index === 0 ? '' : ','}{"name":${JSON.stringify(s.name)},"taken":${JSON.stringify(s.taken)},"network":{`;
    yield* contentPieces(s, piece, '},');
    yield '}';
  }
  yield ']}';
}

/**
 * What a project and each of its Stände hold alike: the network's partners and cooperations, then
 * (after `between`: a Stand closes its "network" object there) the offers and memberships.
 */
function* contentPieces(
  content: Pick<Project, 'network' | 'offers' | 'memberships'>,
  piece: number,
  between = ',',
): Generator<string, void> {
  yield '"partners":';
  yield* listPieces(content.network.partners, partnerJson, piece);
  yield ',"cooperations":';
  yield* listPieces(content.network.cooperations, cooperationJson, piece);
  yield `${between}"offers":`;
  yield* listPieces(content.offers, offerJson, piece);
  yield ',"memberships":';
  yield* listPieces(content.memberships, membershipJson, piece);
}

/** A JSON array in pieces: each piece is a run of entries without the brackets of its own array. */
function* listPieces<T, J>(
  items: readonly T[],
  toJson: (item: T) => J,
  piece: number,
): Generator<string, void> {
  yield '[';
  for (let start = 0; start < items.length; start += piece) {
    const run = JSON.stringify(items.slice(start, start + piece).map(toJson));
    yield (start === 0 ? '' : ',') + run.slice(1, -1);
  }
  yield ']';
}

/** A keyed JSON object in pieces, entries the value writer refuses left out as `keyed` does. */
function* keyedPieces<T, J>(
  entries: readonly [string, T][],
  toJson: (value: T) => J | undefined,
  piece: number,
): Generator<string, void> {
  yield '{';
  let written = false;
  for (let start = 0; start < entries.length; start += piece) {
    const run = JSON.stringify(keyed(entries.slice(start, start + piece), toJson));
    if (run === '{}') continue;
    yield (written ? ',' : '') + run.slice(1, -1);
    written = true;
  }
  yield '}';
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

function standJson(s: Stand): Stand {
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
