import { Inflate } from 'fflate';

/** Caps on what a workbook may inflate to, in bytes (see IMPORT_LIMITS). */
export interface InflateLimits {
  /** All parts read together. */
  workbookBytes: number;
  /** One part (a sheet, the shared strings). */
  partBytes: number;
}

export type WorkbookParts =
  | {
      ok: true;
      /** The parts read-excel-file reads (`.xml` and `.xml.rels`), inflated, by path. */
      parts: Map<string, Uint8Array>;
      /** Parts inflated only up to `stopAfter`'s bytes (a preview's sheets). */
      stopped: Set<string>;
    }
  | { ok: false; reason: 'workbook-too-large' | 'part-too-large'; part: string }
  | { ok: false; reason: 'invalid' };

export interface ReadPartsOptions {
  limits: InflateLimits;
  /** Bytes after which a part may stop inflating without being refused (a preview's sheets). */
  stopAfter?: (part: string) => number | undefined;
}

/**
 * Compressed bytes handed to the inflater at a time. DEFLATE inflates at most about 1,032 times,
 * so a cap is noticed within about 16 MB of passing it, whatever the archive's headers claim.
 */
const INPUT_STEP = 16 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const NOT_STORED = 0xffffffff;

/**
 * The parts of a workbook (a ZIP archive), each inflated while its bytes are counted: past
 * `partBytes` for one part or `workbookBytes` for all, reading stops and the workbook is refused.
 * The entries are found as fflate's `unzip`, which read-excel-file uses, finds them: from the
 * central directory, each at its local header. The sizes written in the headers are not trusted:
 * they can lie, and a part listed twice in the directory is inflated, and counted, twice.
 */
export function readWorkbookParts(bytes: Uint8Array, options: ReadPartsOptions): WorkbookParts {
  const entries = directoryEntries(bytes);
  if (entries === null) return { ok: false, reason: 'invalid' };
  const parts = new Map<string, Uint8Array>();
  const stopped = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (!isXmlPart(entry.name)) continue;
    const data = entryData(bytes, entry);
    if (data === null) return { ok: false, reason: 'invalid' };
    const cap = Math.min(options.limits.partBytes, options.limits.workbookBytes - total);
    const stopAt = options.stopAfter?.(entry.name);
    const part = entry.method === 0 ? stored(data, cap, stopAt) : inflated(data, cap, stopAt);
    if (part === 'invalid') return { ok: false, reason: 'invalid' };
    if (part === 'over') {
      const reason =
        cap === options.limits.partBytes ? 'part-too-large' : ('workbook-too-large' as const);
      return { ok: false, reason, part: entry.name };
    }
    total += part.bytes.length;
    parts.set(entry.name, part.bytes);
    if (part.stopped) stopped.add(entry.name);
    else stopped.delete(entry.name);
  }
  return { ok: true, parts, stopped };
}

/** The parts read-excel-file reads; pictures, printer settings and the like are not inflated. */
function isXmlPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.xml.rels');
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

function directoryEntries(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = bytes.length - 22;
  const earliest = Math.max(0, bytes.length - 65_558);
  while (end >= earliest && u32(end) !== END_OF_DIRECTORY) end--;
  if (end < earliest) return null;
  let count = u16(end + 8);
  let offset = u32(end + 16);
  let zip64 = false;
  if (end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
    const zip64End = u32(end - 12);
    if (zip64End + 56 <= bytes.length && u32(zip64End) === ZIP64_END) {
      zip64 = true;
      count = u32(zip64End + 32);
      offset = u32(zip64End + 48);
    }
  }
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(offset) !== DIRECTORY_ENTRY) return null;
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const nameStart = offset + 46;
    const extraEnd = nameStart + nameLength + extraLength;
    if (extraEnd > bytes.length) return null;
    const utf8 = (u16(offset + 8) & 0x800) !== 0;
    let compressedSize = u32(offset + 20);
    let localHeader = u32(offset + 42);
    if (zip64) {
      const wide = zip64Sizes(view, nameStart + nameLength, extraEnd, u32(offset + 24));
      if (compressedSize === NOT_STORED) compressedSize = wide.compressed ?? compressedSize;
      if (localHeader === NOT_STORED) localHeader = wide.offset ?? localHeader;
    }
    entries.push({
      name: partName(bytes.subarray(nameStart, nameStart + nameLength), utf8),
      method: u16(offset + 10),
      compressedSize,
      localHeader,
    });
    offset = extraEnd + u16(offset + 32);
  }
  return entries;
}

/** The ZIP64 extra field (id 1): the 8-byte sizes and offset that did not fit in 4 bytes. */
function zip64Sizes(
  view: DataView,
  start: number,
  end: number,
  uncompressed: number,
): { compressed?: number; offset?: number } {
  for (let at = start; at + 4 <= end; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    // Fields follow in the order uncompressed, compressed, offset, each only when it overflowed.
    const first = at + 4 + (uncompressed === NOT_STORED ? 8 : 0);
    const read = (field: number) =>
      field + 8 <= end ? Number(view.getBigUint64(field, true)) : undefined;
    const compressed = read(first);
    const offset = read(first + 8);
    return {
      ...(compressed === undefined ? {} : { compressed }),
      ...(offset === undefined ? {} : { offset }),
    };
  }
  return {};
}

function partName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder().decode(bytes);
  let name = '';
  for (const byte of bytes) name += String.fromCharCode(byte);
  return name;
}

/** The compressed bytes of an entry, after its local header; null when they lie outside the file. */
function entryData(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const at = entry.localHeader;
  if (at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  return bytes.subarray(start, end);
}

type Part = { bytes: Uint8Array; stopped: boolean } | 'over' | 'invalid';

function stored(data: Uint8Array, cap: number, stopAt: number | undefined): Part {
  if (stopAt !== undefined && data.length > stopAt)
    return { bytes: data.slice(0, stopAt), stopped: true };
  return data.length > cap ? 'over' : { bytes: data.slice(), stopped: false };
}

function inflated(data: Uint8Array, cap: number, stopAt: number | undefined): Part {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over) return;
    size += chunk.length;
    if (size > cap) over = true;
    else chunks.push(chunk);
  });
  let stopped = false;
  try {
    for (let at = 0; at < data.length; at += INPUT_STEP) {
      const end = Math.min(at + INPUT_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
      if (over) return 'over';
      if (stopAt !== undefined && size >= stopAt && end < data.length) {
        stopped = true;
        break;
      }
    }
  } catch {
    return 'invalid';
  }
  return { bytes: joined(chunks, size), stopped };
}

function joined(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
