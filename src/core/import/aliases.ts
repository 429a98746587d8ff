import { fieldByRule } from './header-rules';
import { foldGerman } from './names';
import type { FieldOf, TableKind } from './types';

/**
 * Header texts as coordinators, Excel templates, Gephi (Id, Label, Source, Target, Weight) and Kumu
 * (Label, Type, From, To, Strength) write them, per field. Compared after `headerKey`, so case,
 * umlauts, spaces and punctuation do not matter ("Intensität" = "intensitaet" = "INTENSITÄT").
 */
export const HEADER_ALIASES: { [K in TableKind]: Record<FieldOf<K>, readonly string[]> } = {
  partners: {
    id: ['ID', 'Nr', 'Nummer', 'Kennung'],
    name: [
      'Name',
      'Name der Einrichtung',
      'Einrichtung',
      'Partner',
      'Netzwerkpartner',
      'Akteur',
      'Label',
      'Organisation',
      'Institution',
      'Kooperationspartner',
      'Einrichtung / Träger',
    ],
    sector: [
      'Sektor',
      'System',
      'Bereich',
      'Sector',
      'Hilfesystem',
      'Handlungsfeld',
      'Arbeitsfeld',
    ],
    type: ['Einrichtungsart', 'Einrichtungstyp', 'Typ', 'Type', 'Art der Einrichtung', 'Art'],
    carrier: ['Träger', 'Traegerschaft', 'Trägerschaft', 'Carrier', 'Provider'],
    municipality: ['Kommune', 'Gemeinde', 'Stadt', 'Kreis', 'Municipality', 'City', 'Ort'],
    socialArea: ['Sozialraum', 'Stadtteil', 'Social area', 'District', 'Quartier'],
    offers: ['Angebote', 'Offers', 'Leistungen'],
    since: ['Seit', 'Since', 'Seit Jahr', 'Mitglied seit'],
  },
  cooperations: {
    source: ['Von', 'Partner 1', 'Partner A', 'Quelle', 'Source', 'From'],
    target: ['An', 'Partner 2', 'Partner B', 'Ziel', 'Target', 'To', 'Mit'],
    intensity: [
      'Intensität',
      'intensity',
      'Gewicht',
      'Weight',
      'Strength',
      'Stärke',
      'Kooperationsintensität',
      'Intensität der Zusammenarbeit',
      'Intensität der Kooperation',
      'Enge der Zusammenarbeit',
    ],
    formal: ['Vereinbarung', 'Kooperationsvereinbarung', 'formal', 'Agreement', 'Vertrag'],
    kind: ['Art', 'Kind', 'Type', 'Typ', 'Art der Zusammenarbeit', 'Form'],
    since: ['Seit', 'Since'],
  },
  matrix: {},
  offers: {
    partner: ['Partner', 'Einrichtung', 'Name', 'Netzwerkpartner', 'Anbieter'],
    offer: ['Angebot', 'Offer', 'Angebotsart', 'Maßnahme'],
    socialArea: ['Sozialraum', 'Stadtteil', 'Social area', 'District'],
    targetGroup: ['Zielgruppe', 'Target group', 'Zielgruppen'],
  },
  memberships: {
    partner: ['Partner', 'Einrichtung', 'Name', 'Netzwerkpartner', 'Mitglied'],
    committee: ['Arbeitskreis', 'Gremium', 'AK', 'Committee', 'Working group', 'Arbeitsgruppe'],
  },
};

/** A header or a name reduced for comparison: lower case, umlauts spelt out, no punctuation or spaces. */
export function headerKey(text: string): string {
  return foldGerman(text).replace(/[^\p{L}\p{N}]/gu, '');
}

const ALIAS_INDEX = new Map<TableKind, Map<string, string>>(
  (Object.keys(HEADER_ALIASES) as TableKind[]).map((kind) => {
    const index = new Map<string, string>();
    for (const [field, aliases] of Object.entries(HEADER_ALIASES[kind]) as [
      string,
      readonly string[],
    ][]) {
      for (const alias of aliases) index.set(headerKey(alias), field);
    }
    return [kind, index];
  }),
);

/** The field a header names in a table of this kind: a known alias, or by the rules of fieldByRule. */
export function fieldForHeader<K extends TableKind>(
  kind: K,
  header: string,
): FieldOf<K> | undefined {
  const byAlias = (text: string) =>
    ALIAS_INDEX.get(kind)?.get(headerKey(text)) as FieldOf<K> | undefined;
  return byAlias(header) ?? fieldByRule(kind, header, byAlias);
}
