const formats = new Map<string, Intl.NumberFormat>();

/**
 * The number format of a locale with that many decimals, made once: setting one up costs the
 * browser far more than formatting a number with it (a table of thousands of figures took seconds).
 */
export function numberFormat(
  locale: string,
  minimumFractionDigits: number,
  maximumFractionDigits: number,
): Intl.NumberFormat {
  const key = `${locale} ${minimumFractionDigits} ${maximumFractionDigits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

const significant = new Map<string, Intl.NumberFormat>();

/**
 * The one number format of the app and the report: a number with the decimals of its measure,
 * always that many (so that the figures of one measure line up in a table and read alike
 * everywhere: 0,20 beside 0,19), with a true minus sign (−0,15, as in the texts). A value that is
 * not zero but would be shown as 0 — the density of 50,000 partners, 0.00016, to three places —
 * keeps two significant digits instead (0,00016): a figure that is there must not read as none.
 */
export function formatDecimal(locale: string, value: number, digits: number): string {
  if (digits > 0 && value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits) {
    let format = significant.get(locale);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
      significant.set(locale, format);
    }
    return withMinus(format.format(value));
  }
  return withMinus(numberFormat(locale, digits, digits).format(value));
}

/** The typographic minus sign (U+2212) for the hyphen-minus `Intl` writes. */
function withMinus(text: string): string {
  return text.startsWith('-') ? `\u2212${text.slice(1)}` : text;
}
