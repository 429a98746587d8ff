import { readFileSync } from 'node:fs';
import type { InputFile } from '../../../src/core/import';

/** A file as the user would drop it, from text written out in UTF-8. */
export function csvFile(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** A fixture file, byte for byte as the program that wrote it left it. */
export function fixture(name: string): InputFile {
  return {
    name,
    bytes: new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url))),
  };
}
