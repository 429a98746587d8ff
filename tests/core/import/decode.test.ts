import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/core/import';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeBytes', () => {
  it('reads Windows-1252 as browsers do, € and „“ included, wherever TextDecoder treats it as Latin-1', () => {
    const decoded = decodeBytes(
      bytes(0x54, 0x72, 0xe4, 0x67, 0x65, 0x72, 0x20, 0x80, 0x20, 0x84, 0x78, 0x93),
    );
    expect(decoded).toEqual({ readable: true, text: 'Träger € „x“', encoding: 'windows-1252' });
  });

  it('follows the BOM: UTF-8, UTF-16LE, UTF-16BE', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xc3, 0xa4))).toMatchObject({
      text: 'ä',
      encoding: 'utf-8',
    });
    expect(decodeBytes(bytes(0xff, 0xfe, 0xe4, 0x00))).toMatchObject({
      text: 'ä',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0xe4))).toMatchObject({
      text: 'ä',
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    const utf16 = new Uint8Array([...'Name;Ort'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeBytes(utf16)).toMatchObject({ text: 'Name;Ort', encoding: 'utf-16le' });
  });

  it('keeps the user’s choice of encoding and reports an unknown label as unreadable', () => {
    expect(decodeBytes(bytes(0xc3, 0xa4), 'windows-1252')).toMatchObject({ text: 'Ã¤' });
    expect(decodeBytes(bytes(0x41), 'klingonisch')).toEqual({
      readable: false,
      reason: 'unknown-encoding',
      encoding: 'klingonisch',
    });
  });

  it('calls a binary file unreadable', () => {
    expect(decodeBytes(bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01))).toMatchObject({
      readable: false,
      reason: 'binary',
    });
  });

  it('decodes in chunks, reporting progress, without splitting a character', () => {
    const text = 'ä'.repeat(700_000);
    const seen: number[] = [];
    const decoded = decodeBytes(new TextEncoder().encode(text), undefined, (done) =>
      seen.push(done),
    );
    expect(decoded).toMatchObject({ text, encoding: 'utf-8' });
    expect(seen).toEqual([1 << 20, 1_400_000]);
  });
});
