/**
 * Our exporters (and careful spreadsheet users) put a single quote before text starting with
 * `=`, `+`, `-`, `@` so that Excel does not run it as a formula (OWASP, "CSV Injection"). Reading
 * such a file back, the quote is dropped, so that an exported network imports unchanged; of several
 * quotes before such a start ("''=1+1", text that itself began with a quote) one is dropped.
 */
const NEUTRALISED_FORMULA = /^'+[=+\-@\t\r]/;
const APOSTROPHE = 0x27;

export function restoreNeutralisedText(cell: string): string {
  // The first character decides for nearly every cell, without running the pattern.
  return cell.charCodeAt(0) === APOSTROPHE && NEUTRALISED_FORMULA.test(cell) ? cell.slice(1) : cell;
}
