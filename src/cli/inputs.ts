import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { CatalogueSector } from '../core/catalogue/types';
import { importNetwork, type ImportResult, type InputFile, type TableKind } from '../core/import';
import type { Problem } from '../core/model/problems';
import type { NamedFiles } from './unusable';

/** Which option names which table: the kind is forced, so an unusual header still reads right. */
export const FILE_OPTIONS: ReadonlyArray<[string, TableKind]> = [
  ['partners', 'partners'],
  ['links', 'cooperations'],
  ['matrix', 'matrix'],
  ['offers', 'offers'],
  ['memberships', 'memberships'],
];

/** The files a network folder may hold; the importer tells the tables apart by their headers. */
const TABLE_EXTENSIONS = new Set(['.csv', '.txt', '.tsv', '.xlsx']);

/** A file that could not be read at all, reported as the shell would see it. */
export class UnreadableInput extends Error {}

async function readInput(path: string, name: string): Promise<InputFile> {
  try {
    return { name, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    throw new UnreadableInput(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The tables named by --partners, --links, … , and which option named which file; null when none
 * was given. Partners' sectors are read as the catalogue's `sectors` (the one given with
 * --catalogue, or the default one).
 */
export async function importFromOptions(
  paths: Readonly<Record<string, string | undefined>>,
  encoding: string | undefined,
  sectors: readonly CatalogueSector[],
): Promise<{ result: ImportResult; named: NamedFiles } | null> {
  const files: InputFile[] = [];
  const kinds: Record<string, TableKind> = Object.create(null) as Record<string, TableKind>;
  const named = new Map<string, { option: string; kind: TableKind }>();
  for (const [option, kind] of FILE_OPTIONS) {
    const path = paths[option];
    if (path === undefined) continue;
    const file = await readInput(path, basename(path));
    files.push(file);
    kinds[file.name] = kind;
    named.set(file.name, { option: `--${option}`, kind });
  }
  if (files.length === 0) return null;
  const result = await importNetwork({
    files,
    kinds,
    sectors,
    ...(encoding === undefined ? {} : { encoding }),
  });
  return { result, named };
}

/** One municipality's folder read as a network, its files named "<folder>/<file>" in problems. */
export interface ImportedFolder {
  name: string;
  result: ImportResult;
}

export async function importFolder(
  dir: string,
  encoding: string | undefined,
  sectors: readonly CatalogueSector[],
): Promise<ImportedFolder> {
  const name = basename(dir.replace(/[\\/]+$/u, ''));
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (error) {
    throw new UnreadableInput(`${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const files: InputFile[] = [];
  for (const entry of entries) {
    if (TABLE_EXTENSIONS.has(extname(entry).toLowerCase()))
      files.push(await readInput(join(dir, entry), `${name}/${entry}`));
  }
  const result = await importNetwork({
    files,
    sectors,
    ...(encoding === undefined ? {} : { encoding }),
  });
  return { name, result };
}

/** Every problem of several imports, in the order the files were given. */
export function allProblems(results: readonly ImportResult[]): Problem[] {
  return results.flatMap((result) => result.problems);
}
