import { repairWindows1252 } from './windows1252';

export type DecodedText =
  | {
      readable: true;
      text: string;
      encoding: string;
      /**
       * Lines of a Windows-1252 file that were UTF-8 (a list pasted together from two exports):
       * read as UTF-8, and reported, 1-based.
       */
      utf8Lines?: number[];
    }
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
  // Progress only ever moves forward, also when a second reading starts again from the beginning.
  let reported = 0;
  const report: DecodeProgress | undefined =
    onProgress &&
    ((done, total) => {
      if (done <= reported) return;
      reported = done;
      onProgress(done, total);
    });
  let text: string;
  try {
    text = decodeInChunks(bytes, encoding, encoding === 'utf-8' && override === undefined, report);
  } catch (error) {
    if (!(error instanceof TypeError) || override !== undefined) {
      return { readable: false, reason: 'unknown-encoding', encoding };
    }
    const utf8Lines = linesInUtf8(bytes);
    const fallback =
      utf8Lines.length === 0
        ? decodeInChunks(bytes, 'windows-1252', false, report)
        : decodeLineByLine(bytes, new Set(utf8Lines));
    report?.(bytes.length, bytes.length);
    const decoded = finish(fallback, 'windows-1252');
    return decoded.readable && utf8Lines.length > 0 ? { ...decoded, utf8Lines } : decoded;
  }
  return finish(text, encoding);
}

/**
 * The lines (1-based) whose bytes beyond ASCII are all well-formed UTF-8 sequences, in a file that
 * as a whole is not UTF-8. German Windows-1252 text practically never forms such a sequence (an
 * umlaut byte is followed by a letter, not by a byte from 0x80 to 0xBF), so these lines were
 * written as UTF-8.
 */
function linesInUtf8(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  let line = 1;
  let wellFormed = true;
  let sequences = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const byte = i < bytes.length ? bytes[i]! : 0x0a;
    if (byte === 0x0a) {
      if (wellFormed && sequences > 0) lines.push(line);
      line++;
      wellFormed = true;
      sequences = 0;
      continue;
    }
    if (byte < 0x80 || !wellFormed) continue;
    const length =
      byte >= 0xc2 && byte <= 0xdf
        ? 2
        : byte >= 0xe0 && byte <= 0xef
          ? 3
          : byte >= 0xf0 && byte <= 0xf4
            ? 4
            : 0;
    let continued = length > 0 && i + length <= bytes.length;
    for (let k = 1; continued && k < length; k++) continued = (bytes[i + k]! & 0xc0) === 0x80;
    if (!continued) wellFormed = false;
    else {
      sequences++;
      i += length - 1;
    }
  }
  return lines;
}

/** Each line decoded as what it is: UTF-8 where listed, Windows-1252 elsewhere. */
function decodeLineByLine(bytes: Uint8Array, utf8Lines: ReadonlySet<number>): string {
  const utf8 = new TextDecoder('utf-8');
  const windows1252 = new TextDecoder('windows-1252');
  const parts: string[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const decoder = utf8Lines.has(line) ? utf8 : windows1252;
    parts.push(decoder.decode(bytes.subarray(start, Math.min(end + 1, bytes.length))));
    start = end + 1;
    line++;
  }
  return parts.join('');
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
