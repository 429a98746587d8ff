import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = resolve(import.meta.dirname, '../../src/app');

/** `from '…'`, `import '…'` and `import('…')`: every module a file names. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The folder of `src/app` a path lies in; undefined for the app's top-level files and beyond. */
function appFolder(path: string): string | undefined {
  const parts = relative(APP, path).split(sep);
  if (parts[0] === '..' || parts.length < 2) return undefined;
  return parts[0];
}

/** Every import from one folder of the app into another, as "from → to" with the files that make it. */
function folderImports(): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  for (const file of sourceFiles(APP)) {
    const from = appFolder(file);
    if (from === undefined) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (specifier === undefined || !specifier.startsWith('.')) continue;
      const to = appFolder(resolve(dirname(file), specifier));
      if (to === undefined || to === from) continue;
      const key = `${from} → ${to}`;
      imports.set(key, [...(imports.get(key) ?? []), relative(APP, file)]);
    }
  }
  return imports;
}

describe('the folders of the app', () => {
  const imports = folderImports();

  it('are read from the source: the map imports the generic pieces', () => {
    expect(imports.has('map → components')).toBe(true);
  });

  it('no folder imports a sibling that imports it back', () => {
    const loops = [...imports.keys()].flatMap((key) => {
      const [from, to] = key.split(' → ');
      if (from === undefined || to === undefined || from > to) return [];
      const back = imports.get(`${to} → ${from}`);
      return back === undefined
        ? []
        : [`${key}: ${imports.get(key)?.join(', ')}; back: ${back.join(', ')}`];
    });
    expect(loops).toEqual([]);
  });

  it('the generic pieces in components/ belong to no view', () => {
    const views = [...imports.keys()]
      .filter((key) => key.startsWith('components → '))
      .filter((key) => key !== 'components → i18n');
    expect(views).toEqual([]);
  });
});
