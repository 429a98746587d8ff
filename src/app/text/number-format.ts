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
