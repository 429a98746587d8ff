/**
 * Text for XML formats (GEXF, GraphML, SVG, the sheets inside XLSX). Partner names are untrusted
 * user input, so every string passes through here before it is written.
 */

/**
 * Characters XML 1.0 does not allow even as character references (W3C XML 1.0, § 2.2 "Char"):
 * C0 controls other than tab, line feed and carriage return, lone UTF-16 surrogates, U+FFFE and
 * U+FFFF. A parser rejects the whole document on the first one, so they become U+FFFD.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const REPLACEMENT_CHARACTER = '\uFFFD';

/** The text with every character XML cannot carry replaced by U+FFFD; all else unchanged. */
export function xmlSafeText(text: string): string {
  return text.replace(XML_ILLEGAL, REPLACEMENT_CHARACTER);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation would turn raw tab and line breaks into spaces (XML 1.0, § 3.3.3).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for element content and for attribute values in either kind of quotes. */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(
    /[&<>"'\t\n\r]/g,
    (character) => ENTITIES[character] ?? character,
  );
}
