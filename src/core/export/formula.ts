/**
 * Neutralises spreadsheet formula injection (CSV injection). A partner list comes from many hands;
 * a cell such as `=HYPERLINK("http://…")` or `+cmd|' /C calc'!A0` would run as a formula when the
 * coordinator opens the export in Excel or LibreOffice.
 *
 * Rule from OWASP, "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection): a text cell
 * that begins with `=`, `+`, `-`, `@`, tab or carriage return gets a leading single quote, which
 * spreadsheets show as text and do not evaluate.
 *
 * This also catches text that merely looks numeric, such as "-3" or "-2+3" in a name column. That
 * is acceptable: such a value arrived as text, spreadsheets would otherwise turn it into a number
 * or a formula, and the quote keeps exactly what the user typed. Values the exporters write as
 * numbers (years, intensities, measures) are numbers, not text, and never pass through here.
 */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Text that already starts with quotes before a trigger ("'=1+1", typed to show a formula as text)
 * gets one more, so that the importer, which drops one quote from such a cell, reads back what
 * was written, as Excel shows it.
 */
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) || (text.startsWith("'") && QUOTED_FORMULA.test(text))
    ? `'${text}`
    : text;
}
