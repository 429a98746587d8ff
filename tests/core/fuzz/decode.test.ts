import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decodeBytes } from '../../../src/core/import';

/** Encodings users pick in the dialog, plus labels no decoder knows. */
const override = fc.option(
  fc.constantFrom('utf-8', 'windows-1252', 'utf-16le', 'utf-16be', 'iso-8859-15', 'klingon', ''),
  { nil: undefined },
);
const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
/** Bytes behind any of the BOMs Excel writes, so every branch of the detection is reached. */
const fileBytes = fc
  .tuple(fc.constantFrom(...BOMS), fc.uint8Array({ maxLength: 600 }))
  .map(([bom, rest]) => Uint8Array.from([...bom, ...rest]));

describe('decoding arbitrary bytes', () => {
  test.prop([fileBytes, override], { numRuns: 200 })(
    'never throws; text comes without NUL or BOM, a refusal with a known reason',
    (bytes, encoding) => {
      const decoded = decodeBytes(bytes, encoding);
      if (decoded.readable) {
        expect(decoded.text.includes('\u0000')).toBe(false);
        expect(decoded.text.startsWith('\uFEFF')).toBe(false);
      } else {
        expect(['unknown-encoding', 'binary']).toContain(decoded.reason);
      }
    },
  );

  test.prop([fileBytes], { numRuns: 100 })(
    'progress reports end at the file size and never run backwards',
    (bytes) => {
      const reports: number[] = [];
      decodeBytes(bytes, undefined, (done, total) => {
        expect(total).toBe(bytes.length);
        reports.push(done);
      });
      expect(reports).toEqual([...reports].sort((a, b) => a - b));
      if (bytes.length > 0) expect(reports.at(-1)).toBe(bytes.length);
    },
  );

  test('progress reaches the end of a list whose lines are partly UTF-8, partly Windows-1252', () => {
    // Found by the property above: two exports pasted together are read line by line.
    const bytes = Uint8Array.from([0x80, 0x0a, 0xc2, 0x80]);
    const reports: number[] = [];
    const decoded = decodeBytes(bytes, undefined, (done) => reports.push(done));
    expect(decoded.readable).toBe(true);
    expect(reports).toEqual([4]);
  });
});
