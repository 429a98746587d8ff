import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { defaultCatalogue } from '../core/catalogue/default-catalogue';
import { parseCatalogueCsv } from '../core/catalogue/parse-catalogue-csv';
import { parseCatalogueJson } from '../core/catalogue/parse-catalogue-json';
import type { CatalogueResult } from '../core/catalogue/types';
import { decodeBytes } from '../core/import';

/**
 * The catalogue the network is checked against: the default one, or a user's JSON or CSV file. A
 * CSV cannot name itself, so its file name is its id and the day it was last saved its version.
 */
export async function loadCatalogue(path: string | undefined): Promise<CatalogueResult> {
  if (path === undefined) return { catalogue: defaultCatalogue(), problems: [] };
  const bytes = new Uint8Array(await readFile(path));
  const decoded = decodeBytes(bytes);
  // Bytes that are no text fail the parser's first check (invalid JSON, missing columns).
  const text = decoded.readable ? decoded.text : '';
  if (extname(path).toLowerCase() === '.json') return parseCatalogueJson(text);
  const saved = (await stat(path)).mtime.toISOString().slice(0, 10);
  const id = basename(path, extname(path));
  return parseCatalogueCsv(text, { id, version: saved, source: basename(path) });
}
