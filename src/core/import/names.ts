/** A partner name as written, with surrounding and repeated whitespace removed. */
export function cleanName(name: string): string {
  return isClean(name) ? name : name.trim().replace(/\s+/g, ' ');
}

/**
 * Whether a name is already clean, found without a pattern: only single spaces between other
 * characters, none of JavaScript's other white space (all below ' ', U+00A0, or from U+1680 on).
 */
function isClean(name: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (code < 0x20 || code === 0xa0 || code >= 0x1680) return false;
    else afterSpace = false;
  }
  return !afterSpace || name === '';
}

/**
 * The key under which partner names are matched: "Kita  Sonnenschein " = "kita sonnenschein".
 * Only case and whitespace are ignored; spelling variants are the job of the doubles finder.
 */
export function nameKey(name: string): string {
  return cleanName(name).toLowerCase();
}

/**
 * A looser key for names that are probably the same but written apart: dashes and hyphens,
 * spacing and punctuation, umlauts spelt out, "e. V." / "e.V.", "Sankt" / "St.", "Straße" / "Str."
 * ("Jugendamt Bonn - ASD" = "Jugendamt Bonn – ASD"). Used only to suggest, never to merge silently.
 */
export function looseNameKey(name: string): string {
  return foldGerman(name)
    .replace(/\bsankt\b/g, 'st')
    .replace(/strasse\b/g, 'str')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lower case with umlauts and ß spelt out ("Intensität" → "intensitaet"), for comparing words. */
export function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
}
