import { createHash } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sha256Base64 } from '../../../src/core/share/sha256';

const nodeHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('sha256Base64', () => {
  it('gives the FIPS 180-4 examples', () => {
    expect(sha256Base64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(sha256Base64('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('agrees with Node across the block boundaries (55, 56, 64 bytes) and in long texts', () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 100_000])
      expect(sha256Base64('ä'.repeat(length)), String(length)).toBe(nodeHash('ä'.repeat(length)));
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })])(
    'agrees with Node on any text',
    (text) => {
      expect(sha256Base64(text)).toBe(nodeHash(text));
    },
  );
});
