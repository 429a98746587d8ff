import type { Cooperation, Network, Partner } from '../model/types';
import type { Table, TableCell } from './table';

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

/** Several offers share one cell, as in the import template. */
export const OFFER_SEPARATOR = '|';

export interface NetworkTables {
  partners: Table;
  cooperations: Table;
}

/** The network as the two tables a coordinator keeps in Excel, custom columns appended. */
export function networkTables(network: Network): NetworkTables {
  const partnerColumns = attributeNames(network.partners);
  const cooperationColumns = attributeNames(network.cooperations);
  return {
    partners: {
      name: 'Partner',
      headers: [...PARTNER_HEADERS, ...partnerColumns],
      rows: network.partners.map((p) => [...partnerCells(p), ...attributeCells(p, partnerColumns)]),
    },
    cooperations: {
      name: 'Kooperationen',
      headers: [...COOPERATION_HEADERS, ...cooperationColumns],
      rows: network.cooperations.map((c) => [
        ...cooperationCells(c),
        ...attributeCells(c, cooperationColumns),
      ]),
    },
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
    p.offers.join(OFFER_SEPARATOR),
    p.since,
  ];
}

function cooperationCells(c: Cooperation): TableCell[] {
  return [c.source, c.target, c.intensity, c.formal ? 'ja' : 'nein', c.kind, c.since];
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
