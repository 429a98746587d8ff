import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChosenFile, TableChoice } from '../../../src/app/import/chosen-file';
import type { EncodingChoice } from '../../../src/app/import/options';

const fixtures = resolve(import.meta.dirname, '../../fixtures');

/** A fixture as the user's browser hands it over: bytes as written by Excel. */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(fixtures, path)));
}

export function fixtureFile(path: string): File {
  const name = path.split('/').pop() ?? path;
  return new File([fixtureBytes(path).slice()], name);
}

/** A file as the dialog holds it once chosen, with the user's choices. */
export function chosen(
  path: string,
  options: { encoding?: EncodingChoice; choices?: [string, TableChoice][] } = {},
): ChosenFile {
  const bytes = fixtureBytes(path);
  return {
    key: 1,
    name: path.split('/').pop() ?? path,
    bytes,
    encoding: options.encoding ?? '',
    preview: { status: 'pending' },
    choices: new Map(options.choices ?? []),
  };
}

/** A Storage in memory, as localStorage behaves. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => items.delete(key),
    setItem: (key, value) => items.set(key, String(value)),
  };
}
