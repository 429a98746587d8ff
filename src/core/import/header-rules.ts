import { foldGerman } from './names';
import type { FieldOf, TableKind } from './types';

/**
 * Rules for headers in a coordinator's own words, tried when a header is no known alias: a header
 * is split into its words (after `words`), and
 * - names joined by "/" ("Einrichtung / Träger", "Sektor/Bereich") are read as their first known part;
 * - numbered pairs ("Kooperationspartner 1" / "… 2", "Partner A" / "… B", "Einrichtung 1") name the
 *   two partners of a cooperation;
 * - an ID suffix ("Partner-ID", "Einrichtung Nr.", "Kennung der Einrichtung") names a partner by its
 *   ID: the ID of a partner list, the partner of an offers or memberships table;
 * - a qualifier after "der", "des" or "of" ("Intensität der Zusammenarbeit", "Name der
 *   Organisation") is dropped when the head word alone is known.
 */
export function fieldByRule<K extends TableKind>(
  kind: K,
  header: string,
  byAlias: (text: string) => FieldOf<K> | undefined,
): FieldOf<K> | undefined {
  const parts = header.split('/').map((part) => part.trim());
  if (parts.length > 1) {
    for (const part of parts) {
      const field = byAlias(part) ?? fieldOfWords(kind, words(part), byAlias);
      if (field !== undefined) return field;
    }
    return undefined;
  }
  return fieldOfWords(kind, words(header), byAlias);
}

/** Words naming a partner organisation in a header. */
const PARTNER_WORDS = new Set([
  'partner',
  'kooperationspartner',
  'netzwerkpartner',
  'einrichtung',
  'organisation',
  'institution',
  'akteur',
  'akteurin',
  'traeger',
  'name',
  'mitglied',
  'anbieter',
  'organization',
  'node',
]);
const ID_WORDS = new Set(['id', 'nr', 'nummer', 'kennung', 'kennziffer', 'schluessel', 'code']);
const FIRST = new Set(['1', 'a', 'i', 'erster', 'erste', 'von']);
const SECOND = new Set(['2', 'b', 'ii', 'zweiter', 'zweite', 'an']);
const QUALIFIERS = new Set(['der', 'des', 'die', 'im', 'in', 'zur', 'zum', 'of', 'the', 'fuer']);

function fieldOfWords<K extends TableKind>(
  kind: K,
  list: string[],
  byAlias: (text: string) => FieldOf<K> | undefined,
): FieldOf<K> | undefined {
  if (list.length < 2) return undefined;
  const field = (name: string) => name as FieldOf<K>;
  const last = list[list.length - 1]!;
  const rest = list.slice(0, -1);
  const namesPartner = rest.some((word) => PARTNER_WORDS.has(word));
  if (kind === 'cooperations' && namesPartner && rest.every(isPartnerOrId)) {
    if (FIRST.has(last)) return field('source');
    if (SECOND.has(last)) return field('target');
  }
  const idAt = list.findIndex((word) => ID_WORDS.has(word));
  if (idAt !== -1 && list.some((word) => PARTNER_WORDS.has(word)) && list.every(isPartnerOrId)) {
    if (kind === 'partners') return field('id');
    if (kind === 'offers' || kind === 'memberships') return field('partner');
  }
  const qualifier = list.findIndex((word) => QUALIFIERS.has(word));
  if (qualifier > 0) return byAlias(list.slice(0, qualifier).join(' '));
  return undefined;
}

function isPartnerOrId(word: string): boolean {
  return PARTNER_WORDS.has(word) || ID_WORDS.has(word) || QUALIFIERS.has(word);
}

/** A header's words: lower case, umlauts spelt out, split at spaces, hyphens and punctuation. */
function words(text: string): string[] {
  return foldGerman(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
