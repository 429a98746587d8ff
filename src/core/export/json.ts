import type { Cooperation, Network, Partner } from '../model/types';

/**
 * The network as JSON, the base of the project file. Versioned so that a later reader can migrate
 * old files; stable (fixed key order, two-space indent, final newline) so that the same network
 * always gives the same bytes and files can be compared.
 */
export const NETWORK_JSON_FORMAT = 'netzwerkkarte.network';
export const NETWORK_JSON_SCHEMA_VERSION = 1;

export function networkToJson(network: Network): string {
  const fileContent = {
    format: NETWORK_JSON_FORMAT,
    schemaVersion: NETWORK_JSON_SCHEMA_VERSION,
    partners: network.partners.map(partnerJson),
    cooperations: network.cooperations.map(cooperationJson),
  };
  return JSON.stringify(fileContent, null, 2) + '\n';
}

/** A partner as JSON writes it: own fields in a fixed order, a year only when it is a whole number. */
export function partnerJson(p: Partner): Partner {
  return {
    id: p.id,
    name: p.name,
    sector: p.sector,
    type: p.type,
    carrier: p.carrier,
    municipality: p.municipality,
    socialArea: p.socialArea,
    offers: [...p.offers],
    since: wholeYear(p.since),
    attributes: ownEntries(p.attributes),
  };
}

/**
 * A cooperation as JSON writes it, in the same manner as `partnerJson`; its own weight right after
 * the intensity, and only when it has one (a weight that is no finite number is left out).
 */
export function cooperationJson(c: Cooperation): Cooperation {
  return {
    source: c.source,
    target: c.target,
    intensity: c.intensity,
    ...(c.weight !== undefined && Number.isFinite(c.weight) && { weight: c.weight }),
    formal: c.formal,
    kind: c.kind,
    since: wholeYear(c.since),
    attributes: ownEntries(c.attributes),
  };
}

/**
 * Custom columns in their import order. JSON.stringify writes a "__proto__" column as a plain key;
 * whoever reads the file must put such keys into a null-prototype record again.
 */
function ownEntries(attributes: Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(attributes)) copy[name] = value;
  return copy;
}

/** A year that is no whole number (a spreadsheet that wrote 2019.5) is left out, not written. */
function wholeYear(year: number | null): number | null {
  return year !== null && Number.isInteger(year) ? year : null;
}
