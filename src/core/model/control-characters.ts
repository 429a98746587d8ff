/**
 * Control characters other than tab and line breaks (a copy out of another program, a field from a
 * database, a NUL through a project file): invisible in a spreadsheet, refused by XML, and a NUL
 * makes a text file binary to our own importer and to others.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const EVERY_CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

export function withoutControlCharacters(text: string): string {
  return text.replace(EVERY_CONTROL_CHARACTER, '');
}
