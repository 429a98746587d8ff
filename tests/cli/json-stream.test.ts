import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonPieces, writeJson, writeJsonFile } from '../../src/cli/json-stream';

const whole = (value: unknown) => [...jsonPieces(value)].join('');

describe('JSON written piece by piece', () => {
  it('is exactly the text of JSON.stringify with two spaces, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(whole(value)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 400 },
    );
  });

  it('follows JSON.stringify where JavaScript values are not JSON', () => {
    const value = {
      left: undefined,
      fn: () => 1,
      list: [undefined, () => 2, Symbol('s'), NaN, -0, Infinity],
      date: new Date(Date.UTC(2026, 11, 7)),
      own: { toJSON: () => ({ replaced: true }) },
      empty: { gone: undefined },
      none: [],
      deep: { a: { b: { c: { d: [1, { e: 'f\ng' }] } } } },
      name: '</script>\u2028"=HYPERLINK()',
    };
    expect(whole(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('hands a large report on in pieces, not in one string', async () => {
    const report = {
      partners: Array.from({ length: 20_000 }, (_, i) => ({ id: `p${i}`, name: `Partner ${i}` })),
    };
    const pieces: number[] = [];
    const out = new Writable({
      highWaterMark: 1 << 14,
      write(chunk: Buffer, _encoding, done) {
        pieces.push(chunk.length);
        setImmediate(done);
      },
    });
    await writeJson(report, out);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces)).toBeLessThan(JSON.stringify(report, null, 2).length / 10);
  });

  it('writes a file that reads back as the value, with a line end', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nwk-json-'));
    try {
      const value = { network: { name: 'Frühe Hilfen Bonn' }, list: [1, 2, 3] };
      const path = join(folder, 'out.json');
      await writeJsonFile(value, path);
      expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
