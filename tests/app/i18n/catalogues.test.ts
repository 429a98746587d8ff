import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/app/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') || entry.name.endsWith('.ts') ? [path] : [];
  });
}

const german = new Set(keys(resources.de.translation));

describe('the text catalogues', () => {
  it('German and English have the same keys, area by area', () => {
    expect(keys(resources.en.translation).sort()).toEqual([...german].sort());
    expect(german.has('problems.unknown-partner')).toBe(true);
  });

  it('every key the interface asks for exists in German', () => {
    const appDir = resolve(import.meta.dirname, '../../../src/app');
    const missing: string[] = [];
    for (const file of sourceFiles(appDir)) {
      const text = readFileSync(file, 'utf8');
      for (const [, key] of text.matchAll(/\bt\('([a-zA-Z-]+\.[a-zA-Z.-]+)'/g)) {
        if (key && !german.has(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
