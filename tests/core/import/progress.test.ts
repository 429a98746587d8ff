import { describe, expect, it } from 'vitest';
import { importNetwork, type ImportProgress } from '../../../src/core/import';
import { csvFile } from './helpers';

describe('progress of a long import', () => {
  it('reports decoding and parsing of each file up to its end', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `P${i};Partner ${i};Gesundheitswesen`);
    const file = csvFile('gross.csv', ['ID;Name;Sektor', ...rows].join('\r\n'));
    const seen: ImportProgress[] = [];
    const result = await importNetwork({ files: [file], onProgress: (p) => seen.push(p) });
    expect(result.summary.partners).toBe(20_000);
    const last = (phase: ImportProgress['phase']) => seen.filter((p) => p.phase === phase).at(-1);
    expect(last('decode')).toMatchObject({
      file: 'gross.csv',
      done: file.bytes.length,
      total: file.bytes.length,
    });
    expect(last('parse')?.done).toBe(last('parse')?.total);
    expect(seen.filter((p) => p.phase === 'parse').length).toBeGreaterThan(3);
  });
});
