/**
 * Limits that keep a browser tab alive when someone drops the wrong file. Networks Frühe Hilfen
 * have tens to a few hundred partners (Bonn: 45), so these are far above any real list.
 */
export const IMPORT_LIMITS = {
  /** Bytes per file. */
  fileBytes: 60 * 1024 * 1024,
  /** Data rows per table; rows beyond are not read. */
  rows: 500_000,
  /** Characters per cell; longer cells are cut. */
  fieldLength: 10_000,
  /** Columns per table; columns beyond are not read. */
  columns: 500,
} as const;
