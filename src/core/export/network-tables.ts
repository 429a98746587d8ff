import type { Cooperation, Membership, Network, Offer, Partner } from '../model/types';
import type { Table, TableCell } from './table';
import { hasOwnWeights } from '../model/tie-weight';

/** Canonical partner columns: the same headers the import templates use. */
export const PARTNER_HEADERS = [
  'ID',
  'Name',
  'Sektor',
  'Einrichtungsart',
  'Träger',
  'Kommune',
  'Sozialraum',
  'Angebote',
  'Seit',
] as const;

/** Canonical cooperation columns; partners are named by ID. */
export const COOPERATION_HEADERS = [
  'Von',
  'An',
  'Intensität',
  'Vereinbarung',
  'Art',
  'Seit',
] as const;

/** The cooperation column of a network whose ties have weights of their own. */
export const WEIGHT_HEADER = 'Gewicht';

/** Canonical offers columns (Angebote): the partner by ID, then what, where and for whom. */
export const OFFER_HEADERS = ['Partner', 'Angebot', 'Sozialraum', 'Zielgruppe'] as const;

/** Canonical working-group columns (Gremien): the partner by ID and the committee. */
export const MEMBERSHIP_HEADERS = ['Partner', 'Gremium'] as const;

/** Several offers share one cell, as in the import template. */
export const OFFER_SEPARATOR = '|';

/** The tables beside the network that name its partners: who offers what, who sits where. */
export interface PartnerEntries {
  offers: readonly Offer[];
  memberships: readonly Membership[];
}

export const NO_ENTRIES: PartnerEntries = { offers: [], memberships: [] };

export interface NetworkTables {
  partners: Table;
  cooperations: Table;
  offers: Table;
  memberships: Table;
}

/**
 * The network as the tables a coordinator keeps in Excel, custom columns appended: partners,
 * cooperations, offers and working-group memberships, each with the headers the importer reads,
 * partners named by ID so that a re-import finds them even where two share a name.
 */
export function networkTables(
  network: Network,
  entries: PartnerEntries = NO_ENTRIES,
): NetworkTables {
  const partnerColumns = attributeNames(network.partners);
  const cooperationColumns = attributeNames(network.cooperations);
  // Ties with weights of their own (a Gephi or Kumu table) keep them: the column is then the
  // weight, under a header the importer reads as a weight again.
  const weighted = hasOwnWeights(network.cooperations);
  const cooperationHeaders = weighted
    ? COOPERATION_HEADERS.map((header) => (header === 'Intensität' ? WEIGHT_HEADER : header))
    : [...COOPERATION_HEADERS];
  return {
    partners: {
      name: 'Partner',
      headers: [...PARTNER_HEADERS, ...partnerColumns],
      rows: network.partners.map((p) => [...partnerCells(p), ...attributeCells(p, partnerColumns)]),
    },
    cooperations: {
      name: 'Kooperationen',
      headers: [...cooperationHeaders, ...cooperationColumns],
      rows: network.cooperations.map((c) => [
        ...cooperationCells(c, weighted),
        ...attributeCells(c, cooperationColumns),
      ]),
    },
    offers: offerTable(entries.offers),
    memberships: membershipTable(entries.memberships),
  };
}

/** The offers table (Angebote), one row an offer. */
export function offerTable(offers: readonly Offer[]): Table {
  return {
    name: 'Angebote',
    headers: [...OFFER_HEADERS],
    rows: offers.map((o) => [o.partner, o.offer, o.socialArea, o.targetGroup]),
  };
}

/** The working-group table (Gremien), one row a partner's seat in a committee. */
export function membershipTable(memberships: readonly Membership[]): Table {
  return {
    name: 'Gremien',
    headers: [...MEMBERSHIP_HEADERS],
    rows: memberships.map((m) => [m.partner, m.committee]),
  };
}

function partnerCells(p: Partner): TableCell[] {
  return [
    p.id,
    p.name,
    p.sector,
    p.type,
    p.carrier,
    p.municipality,
    p.socialArea,
    offerCell(p.offers),
    p.since,
  ];
}

/**
 * The importer splits an offers cell at '|' when it holds one, else at ','. A single offer with a
 * comma in its name ("Beratung, Begleitung") therefore gets a trailing '|', which the importer
 * drops with the empty entry after it, so that it comes back as one offer and not two.
 */
function offerCell(offers: readonly string[]): string {
  const cell = offers.join(OFFER_SEPARATOR);
  return !cell.includes(OFFER_SEPARATOR) && cell.includes(',') ? cell + OFFER_SEPARATOR : cell;
}

function cooperationCells(c: Cooperation, weighted: boolean): TableCell[] {
  const strength = weighted ? (c.weight ?? c.intensity) : c.intensity;
  return [c.source, c.target, strength, c.formal ? 'ja' : 'nein', c.kind, c.since];
}

/** Custom column names in order of first appearance; a Set, so "__proto__" is a name like any other. */
export function attributeNames(
  records: readonly { attributes: Record<string, string> }[],
): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record.attributes)) names.add(name);
  return [...names];
}

function attributeCells(
  record: { attributes: Record<string, string> },
  names: string[],
): TableCell[] {
  return names.map((name) => ownAttribute(record.attributes, name) ?? '');
}

/** A custom value only if the record holds it itself, never one inherited from a prototype. */
export function ownAttribute(attributes: Record<string, string>, name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : undefined;
}
