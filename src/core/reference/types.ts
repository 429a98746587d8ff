import type { CatalogueLabel } from '../catalogue/types';

/**
 * Reference figures (Vergleichszahlen): how many municipalities have each partner group in their
 * Netzwerk Frühe Hilfen, as the NZFH's Kommunalbefragungen or a state's own survey publish it.
 * Data, like the catalogue: the default file is `data/reference/`, a user may load another.
 */
export interface ReferenceFigures {
  id: string;
  version: string;
  /** What the figures are, as a reader should cite them. */
  title: CatalogueLabel;
  /** What a figure counts, in words: a share of municipalities, not of partners. */
  measure: CatalogueLabel;
  /** The counted units as a plural noun ("Kommunen"), for "92,9 % der Kommunen …". */
  unit: CatalogueLabel;
  /** Who was counted, as the source words it (e.g. youth office districts with one network). */
  population: CatalogueLabel;
  figures: ReferenceFigure[];
}

/** One published share: of the units, how many had the partner group in their network, and when. */
export interface ReferenceFigure {
  /** The catalogue type id the partner group is compared with. */
  type: string;
  /** The partner group as the source names it. */
  group: CatalogueLabel;
  /** Per cent of the units, 0–100. */
  percent: number;
  /** The year the survey describes. */
  year: number;
  /** What the source says was counted ("in die fallübergreifende Netzwerkarbeit eingebunden"). */
  wording: CatalogueLabel;
  source: ReferenceSource;
}

export interface ReferenceSource {
  /** Short, for "(NZFH 2020)". */
  name: string;
  /** The full citation. */
  title: string;
  /** Where it is published; empty when not online. */
  url: string;
}

export type ReferenceProblemCode =
  | 'invalid-json'
  | 'invalid-field'
  | 'empty-field'
  | 'percent-out-of-range'
  | 'year-out-of-range'
  | 'invalid-url'
  | 'duplicate-figure'
  | 'no-figures'
  | 'reference-file-too-large'
  | 'reference-too-large';

/** A problem in a figures file: a code, where (JSON path) and values, no sentence. */
export interface ReferenceProblem {
  code: ReferenceProblemCode;
  /** JSON path such as "figures.2.percent"; empty for the whole file. */
  path: string;
  params: Record<string, string | number>;
}

/** Figures are usable only without a problem: a wrong share must not reach a steering group. */
export interface ReferenceResult {
  figures: ReferenceFigures | null;
  problems: ReferenceProblem[];
}
