import type { Network } from '../model/types';

/** The two tables as a German Excel writes them: `;`-separated, CRLF line ends. */
export interface NetworkCsv {
  /** partner.csv: ID;Name;Sektor;Einrichtungsart;Träger;Kommune;Sozialraum */
  partners: string;
  /** kooperationen.csv: Von;An;Intensität;Vereinbarung */
  cooperations: string;
}

export const PARTNER_HEADER = [
  'ID',
  'Name',
  'Sektor',
  'Einrichtungsart',
  'Träger',
  'Kommune',
  'Sozialraum',
] as const;
export const COOPERATION_HEADER = ['Von', 'An', 'Intensität', 'Vereinbarung'] as const;

export function networkToCsv(network: Network): NetworkCsv {
  const partners = network.partners.map((p) => [
    p.id,
    p.name,
    p.sector,
    p.type,
    p.carrier,
    p.municipality,
    p.socialArea,
  ]);
  const cooperations = network.cooperations.map((c) => [
    c.source,
    c.target,
    String(c.intensity),
    c.formal ? 'ja' : 'nein',
  ]);
  return {
    partners: table(PARTNER_HEADER, partners),
    cooperations: table(COOPERATION_HEADER, cooperations),
  };
}

function table(header: readonly string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}

/** Quotes a field as RFC 4180 does when it holds the separator, a quote or a line break. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
