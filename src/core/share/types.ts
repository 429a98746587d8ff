import type { Network } from '../model/types';

/**
 * The words of the share file, in the reader's language, made at the edge (app or CLI) from the
 * app's text catalogue: the core writes no prose of its own. `{count}` and `{name}` are filled in
 * by the file's script; every other value is written as it is.
 */
export interface ShareTexts {
  /** The page's title in the browser's tab. */
  documentTitle: string;
  /** "Stand: 7. Dezember 2026". */
  stand: string;
  /** What a pseudonymised file leaves out; shown at its top. */
  pseudonymisedNote: string;
  search: string;
  searchHint: string;
  /** "{count} Partner gefunden" and the words for one and for none. */
  foundMany: string;
  foundOne: string;
  foundNone: string;
  /** "Ausgewählt: {name}", said to a screen reader when a partner is chosen. */
  selected: string;
  map: string;
  /** What dots and lines mean, and how to move the map. */
  mapHint: string;
  zoomIn: string;
  zoomOut: string;
  zoomAll: string;
  sectors: string;
  details: string;
  detailsHint: string;
  /** Of a partner that has no place on the map. */
  notOnMap: string;
  table: string;
  /** The columns of the partner table. */
  name: string;
  sector: string;
  type: string;
  ties: string;
  noSector: string;
  /** "Kooperationen ({count})", above a partner's ties. */
  tiesOf: string;
  noTies: string;
  formal: string;
  /** "Intensität {count}" with the scale's words for 1–4 beside it. */
  intensity: string;
  scale: readonly [string, string, string, string];
  /** Labels of the partner's fields in its details. */
  carrier: string;
  municipality: string;
  socialArea: string;
  offers: string;
  since: string;
  figures: string;
  /** "Erstellt mit Netzwerkkarte am …; diese Datei lädt nichts nach und speichert nichts." */
  footer: string;
  /** Shown where the browser runs no script: what still works. */
  noScript: string;
  /** The pseudonym of a partner without type and sector: "Partner" (then a number). */
  partner: string;
}

/** A key figure as the report shows it: its name, its value written out, its one-line explanation. */
export interface ShareFigure {
  key: string;
  label: string;
  value: string;
  help: string;
}

/** What the share file is made of; plain data, so it crosses to the export worker as it is. */
export interface ShareInput {
  network: Network;
  /** Where the map placed each partner; a partner without a place is listed but not drawn. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /**
   * Names replaced by the partner's type and a number, every other field of the partners and the
   * ties dropped but sector, type, intensity and agreement (see `pseudonymise`).
   */
  pseudonymised: boolean;
  language: 'de' | 'en';
  networkName: string;
  /** Each sector by its name in the reader's language; a sector not in it as written. */
  sectorNames: ReadonlyMap<string, string>;
  figures: readonly ShareFigure[];
  texts: ShareTexts;
}

/** The file's own script and stylesheet (src/share-viewer/), written inline and allowed by hash. */
export interface ShareViewer {
  script: string;
  style: string;
}

/** A partner as the share file holds it; its number is its place in `ShareData.partners`. */
export interface SharedPartner {
  name: string;
  /** Index into `ShareData.sectors`. */
  sector: number;
  type: string;
  /** How many cooperations it has. */
  ties: number;
  /** Whether the map draws it. */
  onMap: boolean;
  /** Its further fields as label and value, in the order the details show them. */
  details: [string, string][];
}

export interface SharedTie {
  /** The two partners' numbers. */
  a: number;
  b: number;
  intensity: number;
  formal: boolean;
  /** Art der Zusammenarbeit; empty in a pseudonymised file. */
  kind: string;
  /** The line's width on the map, as the drawing has it. */
  width: number;
}

/**
 * The network as the share file's script reads it, from the `application/json` block of the page:
 * everything the details, the search and the highlighting need.
 */
export interface ShareData {
  format: 'netzwerkkarte-share';
  version: 1;
  pseudonymised: boolean;
  sectors: { name: string; color: string }[];
  partners: SharedPartner[];
  ties: SharedTie[];
  /** The words the script writes (a subset of `ShareTexts`). */
  texts: Pick<
    ShareTexts,
    | 'foundMany'
    | 'foundOne'
    | 'foundNone'
    | 'selected'
    | 'tiesOf'
    | 'noTies'
    | 'formal'
    | 'intensity'
    | 'scale'
    | 'notOnMap'
    | 'sector'
    | 'type'
  >;
}
