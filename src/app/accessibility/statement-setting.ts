/**
 * What the body that runs the Netzwerkkarte fills in once for its accessibility statement (§ 12b
 * BGG, § 7 BITV 2.0 and the states' equivalents; model statement of Implementing Decision (EU)
 * 2018/1523): its name, where users report barriers, and the state's enforcement body. There is no
 * default of ours: a statement without a contact says that it is missing.
 */
export interface OperatorDetails {
  /** The public body, e.g. "Kreis Musterstadt, Jugendamt – Netzwerkkoordination Frühe Hilfen". */
  body: string;
  /** Where barriers are reported: e-mail, phone, address. */
  contact: string;
  /** The state's conciliation or enforcement body, for municipalities and state bodies. */
  enforcement: string;
}

export const NO_OPERATOR_DETAILS: OperatorDetails = { body: '', contact: '', enforcement: '' };

/** Kept with the networks in this browser (sealed with them under the password). */
export const STATEMENT_SETTING = 'accessibility-statement';

/** The day the statement's assessment was made and written down (ISO date). */
export const STATEMENT_PREPARED = '2026-12-07';

const FIELDS = ['body', 'contact', 'enforcement'] as const;

/** The details in a stored text; anything unreadable counts as nothing filled in. */
export function detailsFrom(text: string | null): OperatorDetails {
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? '{}');
  } catch {
    return NO_OPERATOR_DETAILS;
  }
  if (typeof stored !== 'object' || stored === null) return NO_OPERATOR_DETAILS;
  const record = stored as Record<string, unknown>;
  const details = { ...NO_OPERATOR_DETAILS };
  for (const field of FIELDS) {
    const value = record[field];
    if (typeof value === 'string') details[field] = value.trim();
  }
  return details;
}

export function detailsText(details: OperatorDetails): string {
  return JSON.stringify(Object.fromEntries(FIELDS.map((field) => [field, details[field].trim()])));
}

/** A line of the contact, cut into text and e-mail addresses (to write to with one click). */
export type ContactPart = { kind: 'text'; text: string } | { kind: 'mail'; address: string };

const MAIL = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[A-Za-z]{2,}/g;

export function contactParts(line: string): ContactPart[] {
  const parts: ContactPart[] = [];
  let at = 0;
  for (const match of line.matchAll(MAIL)) {
    const start = match.index;
    if (start > at) parts.push({ kind: 'text', text: line.slice(at, start) });
    parts.push({ kind: 'mail', address: match[0] });
    at = start + match[0].length;
  }
  if (at < line.length) parts.push({ kind: 'text', text: line.slice(at) });
  return parts;
}
