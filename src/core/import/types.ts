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
  onProgress?: (progress: ImportProgress) => void;
}

export interface FileSummary {
  name: string;
  kind: TableKind | null;
  encoding: string;
  delimiter: string;
  rows: number;
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
  rows: TableRow[];
  encoding: string;
  delimiter: string;
}

export interface TableRow {
  cells: string[];
  /** 1-based physical line where the record starts (quoted line breaks counted). */
  line: number;
}
