import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '../../../src/app/i18n/de.json';
import en from '../../../src/app/i18n/en.json';
import problemsDe from '../../../src/app/i18n/problems.de.json';
import problemsEn from '../../../src/app/i18n/problems.en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') || entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the text catalogues', () => {
  it('German and English have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
    expect(keys(problemsEn).sort()).toEqual(keys(problemsDe).sort());
  });

  it('every key the interface asks for exists in German', () => {
    const known = new Set(keys(de));
    const appDir = resolve(import.meta.dirname, '../../../src/app');
    const missing: string[] = [];
    for (const file of sourceFiles(appDir)) {
      const text = readFileSync(file, 'utf8');
      for (const [, key] of text.matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) {
        if (key && !known.has(key) && !known.has(`${key}_one`)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
