import { zipSync } from 'fflate';

/** XML text with its five special characters escaped. */
const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** The parts of a workbook around its sheets: sheet i is `xl/worksheets/sheet{i+1}.xml`. */
export function workbookFrame(sheetNames: readonly string[]): Record<string, string> {
  const sheets = sheetNames
    .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels = sheetNames
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  };
}

/** Column letters of a 1-based column: 1 → A, 28 → AB. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet's XML with inline strings, as LibreOffice and many tools write it. */
export function sheetXml(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map((cells, r) => {
      const line = r + 1;
      const xml = cells
        .map((cell, c) =>
          cell === ''
            ? ''
            : `<c r="${columnName(c + 1)}${line}" t="inlineStr"><is><t>${xmlText(cell)}</t></is></c>`,
        )
        .join('');
      return `<row r="${line}">${xml}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A workbook of named sheets, each a table of text cells. */
export function xlsx(sheets: Record<string, readonly (readonly string[])[]>): Uint8Array {
  const names = Object.keys(sheets);
  const parts: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(workbookFrame(names)))
    parts[path] = new TextEncoder().encode(text);
  names.forEach((name, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = new TextEncoder().encode(sheetXml(sheets[name]!));
  });
  return zipSync(parts, { level: 1 });
}

/** A part of a hand-made archive: its bytes as stored, and what its headers claim. */
export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  data: Uint8Array;
  /** The uncompressed size the headers give (the truth is what the data inflates to). */
  declaredSize: number;
}

/**
 * A ZIP archive written by hand, so that its headers can say anything. `directory` lists the
 * entries of the central directory by index: the same entry twice makes two parts of one data.
 */
export function rawZip(entries: readonly RawEntry[], directory?: readonly number[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let size = 0;
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    size += bytes.length;
  };
  const names = entries.map((e) => new TextEncoder().encode(e.name));
  entries.forEach((entry, i) => {
    offsets.push(size);
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 0x800, true);
    header.setUint16(8, entry.method, true);
    header.setUint32(18, entry.data.length, true);
    header.setUint32(22, entry.declaredSize, true);
    header.setUint16(26, names[i]!.length, true);
    push(new Uint8Array(header.buffer));
    push(names[i]!);
    push(entry.data);
  });
  const directoryStart = size;
  const listed = directory ?? entries.map((_, i) => i);
  for (const i of listed) {
    const entry = entries[i]!;
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(8, 0x800, true);
    header.setUint16(10, entry.method, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, entry.declaredSize, true);
    header.setUint16(28, names[i]!.length, true);
    header.setUint32(42, offsets[i]!, true);
    push(new Uint8Array(header.buffer));
    push(names[i]!);
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, listed.length, true);
  end.setUint16(10, listed.length, true);
  end.setUint32(12, size - directoryStart, true);
  end.setUint32(16, directoryStart, true);
  push(new Uint8Array(end.buffer));
  const archive = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    archive.set(chunk, at);
    at += chunk.length;
  }
  return archive;
}

/** Bits written as DEFLATE packs them: fields from the lowest bit, Huffman codes from the highest. */
class BitWriter {
  readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  field(value: number, bits: number): void {
    for (let i = 0; i < bits; i++) this.bit((value >> i) & 1);
  }

  code(value: number, bits: number): void {
    for (let i = bits - 1; i >= 0; i--) this.bit((value >> i) & 1);
  }

  /** An empty stored block, which ends on a byte boundary. */
  emptyStoredBlock(final: boolean): void {
    this.field(final ? 1 : 0, 1);
    this.field(0, 2);
    if (this.used > 0) this.flush();
    this.bytes.push(0, 0, 0xff, 0xff);
  }

  private bit(bit: number): void {
    this.current |= bit << this.used;
    if (++this.used === 8) this.flush();
  }

  private flush(): void {
    this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }
}

/** Matches of length 258 at distance 1 per block: 1,048,512 bytes of output. */
const MATCHES_PER_BLOCK = 4064;
export const ZEROS_PER_BLOCK = MATCHES_PER_BLOCK * 258;

/**
 * A raw DEFLATE stream that inflates to one zero byte and `blocks` × 1,048,512 more, made in
 * milliseconds: one block of fixed-Huffman matches (each copies the 258 bytes before it), repeated
 * byte for byte. About 6.6 kB a block, so 300 blocks (300 MB) take 2 MB.
 */
export function zeroBomb(blocks: number): Uint8Array {
  const seed = new BitWriter();
  seed.field(0, 1);
  seed.field(1, 2);
  seed.code(0b00110000, 8); // literal 0
  seed.code(0, 7); // end of block
  seed.emptyStoredBlock(false);
  const block = new BitWriter();
  block.field(0, 1);
  block.field(1, 2);
  for (let i = 0; i < MATCHES_PER_BLOCK; i++) {
    block.code(0b11000101, 8); // length 258
    block.code(0, 5); // distance 1
  }
  block.code(0, 7);
  block.emptyStoredBlock(false);
  const end = new BitWriter();
  end.emptyStoredBlock(true);
  const unit = Uint8Array.from(block.bytes);
  const stream = new Uint8Array(seed.bytes.length + unit.length * blocks + end.bytes.length);
  stream.set(seed.bytes, 0);
  for (let i = 0; i < blocks; i++) stream.set(unit, seed.bytes.length + i * unit.length);
  stream.set(end.bytes, seed.bytes.length + unit.length * blocks);
  return stream;
}
