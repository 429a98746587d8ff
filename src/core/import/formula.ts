/**
 * Our exporters (and careful spreadsheet users) put a single quote before text starting with
 * `=`, `+`, `-`, `@` so that Excel does not run it as a formula (OWASP, "CSV Injection"). Reading
 * such a file back, the quote is dropped, so that an exported network imports unchanged.
 */
const NEUTRALISED_FORMULA = /^'[=+\-@\t\r]/;

export function restoreNeutralisedText(cell: string): string {
  return NEUTRALISED_FORMULA.test(cell) ? cell.slice(1) : cell;
}
