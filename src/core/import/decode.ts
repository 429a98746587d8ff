import { repairWindows1252 } from './windows1252';

export type DecodedText =
  | { readable: true; text: string; encoding: string }
  | { readable: false; reason: 'unknown-encoding' | 'binary'; encoding: string };

/** Reports decoded bytes of the current file. */
export type DecodeProgress = (done: number, total: number) => void;

const CHUNK_BYTES = 1 << 20;

/**
 * Bytes → text as Excel users produce them: a BOM decides (UTF-8 "CSV UTF-8", UTF-16LE
 * "Unicode-Text"); otherwise strict UTF-8, and if that fails Windows-1252, what German Excel writes
 * for "CSV (Trennzeichen-getrennt)". Never throws: a file that is not text comes back unreadable.
 */
export function decodeBytes(
  bytes: Uint8Array,
  override?: string,
  onProgress?: DecodeProgress,
): DecodedText {
  const encoding = override ?? detectEncoding(bytes);
  let text: string;
  try {
    text = decodeInChunks(
      bytes,
      encoding,
      encoding === 'utf-8' && override === undefined,
      onProgress,
    );
  } catch (error) {
    if (!(error instanceof TypeError) || override !== undefined) {
      return { readable: false, reason: 'unknown-encoding', encoding };
    }
    return finish(decodeInChunks(bytes, 'windows-1252', false, onProgress), 'windows-1252');
  }
  return finish(text, encoding);
}

function finish(raw: string, encoding: string): DecodedText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // A NUL never occurs in a text table; it marks a binary file (PDF, picture, old .xls).
  if (text.includes('\u0000')) return { readable: false, reason: 'binary', encoding };
  return {
    readable: true,
    text: isWindows1252(encoding) ? repairWindows1252(text) : text,
    encoding,
  };
}

function isWindows1252(encoding: string): boolean {
  return ['windows-1252', 'cp1252', 'latin1', 'iso-8859-1', 'ascii', 'us-ascii'].includes(
    encoding.toLowerCase(),
  );
}

function decodeInChunks(
  bytes: Uint8Array,
  encoding: string,
  fatal: boolean,
  onProgress?: DecodeProgress,
): string {
  const decoder = new TextDecoder(encoding, { fatal });
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const end = Math.min(start + CHUNK_BYTES, bytes.length);
    parts.push(decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length }));
    onProgress?.(end, bytes.length);
  }
  const rest = decoder.decode();
  if (rest !== '') parts.push(rest);
  // One part is the text itself; joining it to an empty rest would give a string to flatten later.
  return parts.length === 1 ? parts[0]! : parts.join('');
}

/** The encoding a file most likely has, from its BOM or, for BOM-less UTF-16, its zero bytes. */
export function detectEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return detectUtf16WithoutBom(bytes) ?? 'utf-8';
}

/** Mostly-Latin text in UTF-16 has a zero in every other byte. */
function detectUtf16WithoutBom(bytes: Uint8Array): string | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 1000);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.8 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.8 && oddZeros === 0) return 'utf-16be';
  return null;
}
