import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');
const page = readFileSync(resolve(dist, 'index.html'), 'utf8');
/** The scripts the served page loads at once: its entry and the chunks it preloads with it. */
const firstLoad = [...page.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);

describe('the first load of the served app', () => {
  it('is the entry and its preloaded chunks, under 500 kB of JavaScript gzipped', () => {
    expect(firstLoad.some((file) => /assets\/index-[\w-]+\.js$/.test(file))).toBe(true);
    const gzipped = firstLoad.reduce(
      (sum, file) => sum + gzipSync(readFileSync(resolve(dist, file))).length,
      0,
    );
    expect(gzipped).toBeLessThan(500_000);
  });

  it('leaves the heavy parts to load on demand: writers, report and the views beside map and table', () => {
    const onDemand =
      /(xlsx|gexf|template-workbook|ReportView|AnalysisView|GapsView|DoublesView|MatrixView|preview)-/;
    expect(firstLoad.filter((file) => onDemand.test(file))).toEqual([]);
    // They exist as chunks of their own; workbooks are read and written in the workers only.
    const chunks = readdirSync(resolve(dist, 'assets'));
    for (const name of ['template-workbook-', 'ReportView-', 'GapsView-', 'export.worker-'])
      expect(chunks.some((chunk) => chunk.startsWith(name))).toBe(true);
  });
});
