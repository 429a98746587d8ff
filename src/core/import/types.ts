import type { CatalogueSector } from '../catalogue/types';
import type { Membership, Network, Offer } from '../model/types';
import type { Problem } from '../model/problems';

/** A file as the user dropped it: its name (for messages) and its raw bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** The tables a coordinator keeps: Partnerliste, Kooperationsliste, Kooperationsmatrix, Angebote, Gremien. */
export type TableKind = 'partners' | 'cooperations' | 'matrix' | 'offers' | 'memberships';

/** The fields a column can feed, per table kind (the matrix has no columns to map). */
export const TABLE_FIELDS = {
  partners: [
    'id',
    'name',
    'sector',
    'type',
    'carrier',
    'municipality',
    'socialArea',
    'offers',
    'since',
  ],
  cooperations: ['source', 'target', 'intensity', 'formal', 'kind', 'since'],
  matrix: [],
  offers: ['partner', 'offer', 'socialArea', 'targetGroup'],
  memberships: ['partner', 'committee'],
} as const satisfies Record<TableKind, readonly string[]>;

/** The fields without which a table of that kind means nothing. */
export const REQUIRED_FIELDS = {
  partners: ['name'],
  cooperations: ['source', 'target'],
  matrix: [],
  offers: ['partner', 'offer'],
  memberships: ['partner', 'committee'],
} as const satisfies { [K in TableKind]: readonly (typeof TABLE_FIELDS)[K][number][] };

export type FieldOf<K extends TableKind> = (typeof TABLE_FIELDS)[K][number];
export type Field = FieldOf<TableKind>;

/**
 * The user's choice in the mapping dialog: column header → field of the table's kind, or null to
 * keep the column as a free attribute. Headers not listed are recognised by their aliases.
 */
export type ColumnMapping = Record<string, Field | null>;

/** How far a long import has come; `done` and `total` count bytes of the current file. */
export interface ImportProgress {
  file: string;
  phase: 'decode' | 'parse';
  done: number;
  total: number;
}

export interface ImportRequest {
  files: InputFile[];
  /** Forced kind per file name (or `file [sheet]` for a workbook sheet). */
  kinds?: Record<string, TableKind>;
  /** Encoding label that overrides detection, e.g. 'windows-1252'. */
  encoding?: string;
  /** Column mapping per file name (or `file [sheet]`). */
  mappings?: Record<string, ColumnMapping>;
  /** The line of the header row the user chose, per file name (or `file [sheet]`). */
  headerLines?: Record<string, number>;
  onProgress?: (progress: ImportProgress) => void;
  /** The user's own readings of values the importer had to interpret (see Interpretation). */
  readings?: ReadingChoices;
  /**
   * The sectors of the catalogue in use, to read the partners' sectors as (see sectors.ts);
   * without them the default catalogue's.
   */
  sectors?: readonly CatalogueSector[];
}

/** What an interpreted value stands for: an intensity, a sector, or the partner a name means. */
export type InterpretedField = 'intensity' | 'sector' | 'partner';

/**
 * The user's choice per field and written text ("eng" → "3", "Gesundheit" → "Gesundheitswesen",
 * "Jugendamt Bonn - ASD" → a partner's ID). The empty string keeps the value as written (a sector
 * of its own) or, for a partner, leaves the row out as before.
 */
export type ReadingChoices = Partial<Record<InterpretedField, Record<string, string>>>;

/**
 * A value in the user's data that the importer interpreted rather than read literally: a word on
 * the intensity scale, a sector name matched to the catalogue, a partner name that is a near miss.
 * One per distinct written text, with where it first occurs and how often; the review shows each
 * and lets the user choose another reading.
 */
export interface Interpretation {
  field: InterpretedField;
  /** The text as written in the file. */
  written: string;
  /** What it was read as: '1'–'4', a catalogue sector, a partner ID; null when not understood. */
  readAs: string | null;
  /** Why: a known word or synonym, a near miss, a name two partners share, the user's choice. */
  reason: 'word' | 'synonym' | 'near-miss' | 'ambiguous' | 'unknown' | 'chosen';
  /** The readings to choose from: value and, for a partner or sector, its name as data. */
  choices: { value: string; label: string }[];
  file: string;
  line: number;
  count: number;
}

export interface FileSummary {
  name: string;
  kind: TableKind | null;
  encoding: string;
  delimiter: string;
  rows: number;
  /** The first text above the header ("Netzwerk Frühe Hilfen Bonn – Partner 2025"), if any. */
  title?: string;
}

export interface ImportSummary {
  partners: number;
  cooperations: number;
  offers: number;
  memberships: number;
  problemsByCode: Record<string, number>;
  files: FileSummary[];
}

export interface ImportResult {
  network: Network;
  offers: Offer[];
  memberships: Membership[];
  problems: Problem[];
  /** Values read by interpretation, for the review (one per field and written text). */
  interpretations: Interpretation[];
  /** Nothing usable came in: the caller keeps its current network. */
  fatal: boolean;
  summary: ImportSummary;
}

/** A parsed table before it is read as a kind: header cells and data rows with their source lines. */
export interface Table {
  /** File name, or `file [sheet]` for a workbook sheet; used in every problem. */
  name: string;
  header: string[];
  /** 1-based physical line of the header record. */
  headerLine: number;
  /** The first text that stood above the header (a title row), when the header was found below it. */
  title?: string;
  rows: TableRow[];
  encoding: string;
  delimiter: string;
}

export interface TableRow {
  cells: string[];
  /** 1-based physical line where the record starts (quoted line breaks counted). */
  line: number;
}
