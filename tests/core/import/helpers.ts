import type { InputFile } from '../../../src/core/import';

/** A file as the user would drop it, from text written out in UTF-8. */
export function csvFile(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}
