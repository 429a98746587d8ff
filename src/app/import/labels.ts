/** The i18n key under importer.delimiters for a delimiter the importer found. */
export function delimiterKey(delimiter: string): string {
  switch (delimiter) {
    case ';':
      return 'semicolon';
    case ',':
      return 'comma';
    case '\t':
      return 'tab';
    case '|':
      return 'pipe';
    default:
      return 'none';
  }
}

/** The i18n key under importer.encodings for a decoder label; unknown labels are shown as they are. */
export function encodingKey(encoding: string): string | null {
  const known = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be', 'xlsx'];
  return known.includes(encoding) ? encoding : null;
}
