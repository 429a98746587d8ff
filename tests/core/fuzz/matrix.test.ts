import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { importNetwork } from '../../../src/core/import';
import { PROBLEM_CODES } from '../../../src/core/model/problems';
import { hostileCell, prototypeIsClean } from './hostile-text';

/** Values a Kooperationsmatrix cell holds in practice, and some it should not. */
const matrixValue = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    'x',
    'X',
    '1',
    '2',
    '3',
    '4',
    '5',
    '-1',
    '2,5',
    '3.0',
    'ja',
    '__proto__',
  ),
  hostileCell,
);

/** A square-ish matrix: partner names down and across (often the same), values inside. */
const matrixFile = fc
  .tuple(fc.uniqueArray(hostileCell, { minLength: 1, maxLength: 7 }), fc.boolean())
  .chain(([names, sameAcross]) =>
    fc
      .tuple(
        sameAcross ? fc.constant(names) : fc.array(hostileCell, { minLength: 1, maxLength: 7 }),
        fc.array(fc.array(matrixValue, { minLength: names.length, maxLength: names.length }), {
          minLength: names.length,
          maxLength: names.length,
        }),
      )
      .map(([across, values]) =>
        [
          ['', ...across].join(';'),
          ...names.map((name, i) => [name, ...(values[i] ?? [])].join(';')),
        ].join('\r\n'),
      ),
  );

describe('reading an arbitrary Kooperationsmatrix', () => {
  test.prop([matrixFile], { numRuns: 150 })(
    'never throws; ties join two different known partners with an intensity of 1 to 4',
    async (text) => {
      const result = await importNetwork({
        files: [{ name: 'matrix.csv', bytes: new TextEncoder().encode(text) }],
        kinds: { 'matrix.csv': 'matrix' },
      });
      for (const p of result.problems) expect(PROBLEM_CODES).toContain(p.code);
      const ids = new Set(result.network.partners.map((p) => p.id));
      expect(ids.size).toBe(result.network.partners.length);
      const pairs = new Set<string>();
      for (const tie of result.network.cooperations) {
        expect(ids.has(tie.source) && ids.has(tie.target)).toBe(true);
        expect(tie.source).not.toBe(tie.target);
        expect([1, 2, 3, 4]).toContain(tie.intensity);
        const pair = [tie.source, tie.target].sort().join('\u0000');
        expect(pairs.has(pair)).toBe(false);
        pairs.add(pair);
      }
      expect(prototypeIsClean()).toBe(true);
    },
  );
});
