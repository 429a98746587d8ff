/**
 * Limits that keep a browser tab alive when someone drops the wrong file. Networks Frühe Hilfen
 * have tens to a few hundred partners (Bonn: 45), so these are far above any real list.
 */
export const IMPORT_LIMITS = {
  /** Bytes per file. */
  fileBytes: 60 * 1024 * 1024,
  /** Data rows per table, below the header row; rows beyond are not read (CSV and workbooks alike). */
  rows: 500_000,
  /** Characters per cell; longer cells are cut. */
  fieldLength: 10_000,
  /** Columns per table; columns beyond are not read. */
  columns: 500,
  /**
   * Bytes a workbook may inflate to, all its parts together, and one part (a sheet, the shared
   * strings). A workbook is a ZIP archive: 2 MB can inflate to 2 GB, which no tab survives, so
   * every part is counted while it is inflated and the workbook is refused past either cap.
   * Measured: a partner list of 500,000 rows and 11 columns as write-excel-file writes it (28 MB
   * on disk) inflates to 282 MB — its sheet 204 MB, its shared strings 78 MB. The caps stand a
   * third above that, and a part stays far below the longest string a browser makes (512 MiB).
   */
  workbookBytes: 384 * 1024 * 1024,
  partBytes: 256 * 1024 * 1024,
  /**
   * Rows × columns a sheet may span. The workbook reader pads every row to the widest cell and
   * fills the rows a row number skips, so one value in column XFD of a long sheet would make
   * billions of cells. A 500,000-row list of 11 columns spans 5.5 million; 30 million empty cells
   * take about 240 MB.
   */
  cells: 30_000_000,
} as const;

/**
 * Rows of a sheet read beyond the limit, so that blank rows and the templates' explanation rows,
 * which a CSV file's count skips, do not shorten a workbook's table: the same rows come in from
 * both.
 */
export const SKIPPED_ROWS_ALLOWANCE = 1_000;
