/** A partner name as written, with surrounding and repeated whitespace removed. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * The key under which partner names are matched: "Kita  Sonnenschein " = "kita sonnenschein".
 * Only case and whitespace are ignored; spelling variants are the job of the doubles finder.
 */
export function nameKey(name: string): string {
  return cleanName(name).toLowerCase();
}
