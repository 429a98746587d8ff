/**
 * The reference catalogue: which sectors and partner types a Frühe-Hilfen network is expected to
 * contain (§ 3 Abs. 2 and 4 KKG, NZFH monitoring). It is data a user may edit or replace.
 */

/** Why a type is expected: named in § 3 Abs. 2 KKG, in § 3 Abs. 4 KKG, or by the NZFH. */
export type Basis = 'kkg-3-2' | 'kkg-3-4' | 'nzfh';

/** Law first, then the NZFH: the order in which missing types are listed. */
export const BASES: readonly Basis[] = ['kkg-3-2', 'kkg-3-4', 'nzfh'];

export interface CatalogueLabel {
  de: string;
  en: string;
}

/** A partner type (Einrichtungsart) with the spellings coordinators use for it. */
export interface CatalogueType {
  id: string;
  label: CatalogueLabel;
  basis: Basis;
  synonyms: string[];
}

/** A sector (Sektor, System, Bereich) and the types it groups. */
export interface CatalogueSector {
  id: string;
  label: CatalogueLabel;
  synonyms: string[];
  types: CatalogueType[];
}

export interface Catalogue {
  id: string;
  version: string;
  source: string;
  sectors: CatalogueSector[];
}

export type CatalogueProblemCode =
  | 'invalid-json'
  | 'invalid-field'
  | 'missing-column'
  | 'empty-field'
  | 'unknown-basis'
  | 'duplicate-sector'
  | 'duplicate-type'
  | 'conflicting-sector-label'
  | 'ambiguous-synonym'
  | 'catalogue-file-too-large'
  | 'catalogue-too-large';

/** A problem in a catalogue file: a code, where (JSON path or CSV line) and values, no sentence. */
export interface CatalogueProblem {
  code: CatalogueProblemCode;
  severity: 'error' | 'warning';
  /** JSON path such as "sectors.2.types.0.basis"; empty for CSV. */
  path: string;
  /** 1-based CSV line; null for JSON. */
  line: number | null;
  params: Record<string, string | number>;
}

/** A catalogue is usable when no problem is an error; warnings come along. */
export interface CatalogueResult {
  catalogue: Catalogue | null;
  problems: CatalogueProblem[];
}
