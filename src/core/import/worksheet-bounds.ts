/**
 * A worksheet's XML cut to the rows the importer reads, before read-excel-file sees it. That
 * reader builds every row of a sheet, fills the gaps a row number leaves (`<row r="900000">` after
 * row 5 makes 899,994 empty rows) and pads every row to the widest cell (one value in column XFD
 * makes every row 16,384 cells wide). So a sheet is cut after the rows that are read, after
 * Excel's last row, and refused when rows × columns exceed what fits in memory; where it is cut or
 * refused, a note row takes the place of what followed (see `WorksheetNote`).
 */

/** Excel's last row: a row number beyond is not from Excel and would only make empty rows. */
export const EXCEL_ROWS = 1_048_576;

/** Marks the note row; no spreadsheet cell starts with this noncharacter. */
export const NOTE_MARK = '\uFDD0netzwerkkarte';

/**
 * What the note row says: 'rows' — rows followed that were not read (its line is the first of
 * them); 'cells:<rows>:<columns>' — the sheet spans more cells than are read, and none were read.
 */
export type WorksheetNote = 'rows' | `cells:${number}:${number}`;

export interface WorksheetBounds {
  /** `<row>` elements read; the note row stands in for the next. */
  rows: number;
  /** Rows × columns a sheet may span (see IMPORT_LIMITS.cells). */
  cells: number;
  /** The XML stops early (a preview's part): end it after the last whole row, without a note. */
  truncated?: boolean;
  /** Write the note row where rows are left out (a preview does not report them). */
  note?: boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const EQUALS = 0x3d;

interface Scan {
  /** Start of the first `<row` left out, or -1. */
  cut: number;
  lastRow: number;
  /** The row number of the last row read. */
  lastRowNumber: number;
  /** The widest column holding a value (1-based). */
  columns: number;
  /** Start and row number of the first row. */
  firstRow: number;
  firstRowNumber: number;
  /** The namespace prefix of the sheet's elements, with its colon ('' when none). */
  prefix: string;
}

/** The sheet within `bounds`: the same bytes when it is, a shorter copy with its note when not. */
export function boundWorksheet(xml: Uint8Array, bounds: WorksheetBounds): Uint8Array {
  const scan = scanWorksheet(xml, bounds.rows);
  if (scan.firstRow === -1) return bounds.truncated === true ? closedEarly(xml) : xml;
  const end = (note: string) =>
    utf8(`${bounds.note === true ? note : ''}</${scan.prefix}sheetData></${scan.prefix}worksheet>`);
  if (scan.lastRowNumber * scan.columns > bounds.cells) {
    const note = noteRow(
      scan.prefix,
      scan.firstRowNumber,
      `cells:${scan.lastRowNumber}:${scan.columns}`,
    );
    return concat(xml.subarray(0, scan.firstRow), end(note));
  }
  if (scan.cut !== -1)
    return concat(
      xml.subarray(0, scan.cut),
      end(noteRow(scan.prefix, scan.lastRowNumber + 1, 'rows')),
    );
  if (bounds.truncated === true) return concat(xml.subarray(0, scan.lastRow), end(''));
  return xml;
}

function scanWorksheet(xml: Uint8Array, rows: number): Scan {
  const scan: Scan = {
    cut: -1,
    firstRow: -1,
    firstRowNumber: 1,
    lastRow: -1,
    lastRowNumber: 0,
    columns: 0,
    prefix: '',
  };
  let seen = 0;
  for (let at = xml.indexOf(LT); at !== -1; at = xml.indexOf(LT, at + 1)) {
    const { local, end } = elementName(xml, at + 1);
    if (end - local === 3 && isRow(xml, local) && endsName(xml[end])) {
      const number = rowNumber(xml, end) ?? scan.lastRowNumber + 1;
      if (seen === rows || number > EXCEL_ROWS) {
        scan.cut = at;
        return scan;
      }
      if (seen === 0) {
        scan.firstRow = at;
        scan.firstRowNumber = number;
        scan.prefix = latin1(xml.subarray(at + 1, local));
      }
      seen++;
      scan.lastRow = at;
      scan.lastRowNumber = number;
      at = end - 1;
    } else if (end - local === 1 && xml[local] === 0x63 && endsName(xml[end])) {
      const close = xml.indexOf(GT, end);
      if (close === -1) break;
      if (xml[close - 1] !== SLASH)
        scan.columns = Math.max(scan.columns, cellColumn(xml, end, close));
      at = close;
    }
  }
  return scan;
}

/** The local name of the element whose name starts at `start` (after a prefix such as `x:`). */
function elementName(xml: Uint8Array, start: number): { local: number; end: number } {
  let local = start;
  let at = start;
  while (at < xml.length && isNameByte(xml[at]!)) {
    if (xml[at] === COLON) local = at + 1;
    at++;
  }
  return { local, end: at };
}

function isNameByte(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === COLON ||
    byte === 0x5f ||
    byte === 0x2d ||
    byte === 0x2e
  );
}

function isRow(xml: Uint8Array, at: number): boolean {
  return xml[at] === 0x72 && xml[at + 1] === 0x6f && xml[at + 2] === 0x77;
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/** White space, `>` or `/` after a name: the element is exactly `row` or `c`, not `rowBreaks`. */
function endsName(byte: number | undefined): boolean {
  return byte === GT || byte === SLASH || isSpace(byte);
}

/** The value of the attribute `r` in the tag from `start` to its `>`, or null. */
function attributeR(xml: Uint8Array, start: number): { from: number; to: number } | null {
  const close = xml.indexOf(GT, start);
  const stop = close === -1 ? xml.length : close;
  for (let at = start; at + 3 < stop; at++) {
    if (xml[at] !== 0x72 || !isSpace(xml[at - 1])) continue;
    let next = at + 1;
    while (next < stop && isSpace(xml[next])) next++;
    if (xml[next] !== EQUALS) continue;
    next++;
    while (next < stop && isSpace(xml[next])) next++;
    const quote = xml[next];
    if (quote !== QUOTE && quote !== APOSTROPHE) continue;
    const to = xml.indexOf(quote, next + 1);
    return to === -1 || to > stop ? null : { from: next + 1, to };
  }
  return null;
}

function rowNumber(xml: Uint8Array, start: number): number | null {
  const value = attributeR(xml, start);
  if (value === null) return null;
  let number = 0;
  for (let at = value.from; at < value.to; at++) {
    const digit = xml[at]! - 0x30;
    if (digit < 0 || digit > 9) return null;
    number = number * 10 + digit;
  }
  return value.to > value.from ? number : null;
}

/** The column of a cell reference such as `AB12` (28); a cell without one counts as column 1. */
function cellColumn(xml: Uint8Array, start: number, close: number): number {
  const value = attributeR(xml, start);
  if (value === null || value.to > close) return 1;
  let column = 0;
  for (let at = value.from; at < value.to; at++) {
    const letter = xml[at]! | 0x20;
    if (letter < 0x61 || letter > 0x7a) break;
    column = column * 26 + (letter - 0x60);
  }
  return Math.max(column, 1);
}

function noteRow(prefix: string, row: number, note: WorksheetNote): string {
  const cell = (column: string, text: string) =>
    `<${prefix}c r="${column}${row}" t="inlineStr"><${prefix}is><${prefix}t>${text}</${prefix}t></${prefix}is></${prefix}c>`;
  return `<${prefix}row r="${row}">${cell('A', NOTE_MARK)}${cell('B', note)}</${prefix}row>`;
}

/**
 * The start of the shared strings (a preview's), ended after its last whole string `<si>`: the
 * strings that follow are not needed by the first rows of a file as Excel writes it.
 */
export function closeSharedStrings(xml: Uint8Array): Uint8Array {
  for (let at = xml.lastIndexOf(LT); at > 0; at = xml.lastIndexOf(LT, at - 1)) {
    if (xml[at + 1] !== SLASH) continue;
    const { local, end } = elementName(xml, at + 2);
    if (end - local === 2 && xml[local] === 0x73 && xml[local + 1] === 0x69 && xml[end] === GT) {
      const prefix = latin1(xml.subarray(at + 2, local));
      return concat(xml.subarray(0, end + 1), utf8(`</${prefix}sst>`));
    }
  }
  const text = latin1(xml.subarray(0, Math.min(xml.length, 64 * 1024)));
  const open = /<(\w+:)?sst\b[^>]*>/u.exec(text);
  if (open === null) return xml;
  return concat(xml.subarray(0, open.index + open[0].length), utf8(`</${open[1] ?? ''}sst>`));
}

/** A stopped part without a whole row: its sheet closed right after `<sheetData>`. */
function closedEarly(xml: Uint8Array): Uint8Array {
  const text = latin1(xml.subarray(0, Math.min(xml.length, 64 * 1024)));
  const open = /<(\w+:)?sheetData\b[^>]*>/u.exec(text);
  if (open === null) return xml;
  const prefix = open[1] ?? '';
  return concat(
    xml.subarray(0, open.index + open[0].length),
    utf8(`</${prefix}sheetData></${prefix}worksheet>`),
  );
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** The markup (ASCII) and the note's noncharacter as UTF-8. */
function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(head.length + tail.length);
  bytes.set(head);
  bytes.set(tail, head.length);
  return bytes;
}
