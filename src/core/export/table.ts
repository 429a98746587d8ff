/**
 * A table as the spreadsheet exports (CSV, XLSX) receive it: a header row and rows of cells.
 * Text cells are user data; number cells are values we computed or parsed as numbers.
 */
export type TableCell = string | number | null;

export interface Table {
  /** Sheet name in XLSX, e.g. "Partner". */
  name: string;
  headers: string[];
  rows: TableCell[][];
  /**
   * "de-DE" writes numbers with a decimal comma in CSV, as German Excel reads them; without it
   * numbers keep the decimal point. XLSX stores numbers as numbers either way.
   */
  locale?: 'de-DE';
}
