import { hasControlCharacters, withoutControlCharacters } from '../model/control-characters';
import { problem, type Problem } from '../model/problems';
import { detectDelimiter } from './delimiter';
import { restoreNeutralisedText } from './formula';
import { IMPORT_LIMITS } from './limits';
import { splitRecords } from './records';
import type { TableRow } from './types';

export interface ParsedText {
  header: string[];
  headerLine: number;
  rows: TableRow[];
  /** The delimiter found: ';' (German Excel), ',', tab (Unicode-Text) or '|'. */
  delimiter: string;
  problems: Problem[];
}

export interface ParseOptions {
  /** Stop after this many data rows (a preview). */
  maxRows?: number;
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_STEP = 1 << 16;
const BYTE_ORDER_MARK = 0xfeff;

/**
 * Splits delimited text into cells as papaparse reads them (see splitRecords), keeping for every
 * record the physical line where it starts, so that a problem points at the line the user sees in
 * an editor. Line breaks are unified first because Excel for Mac still writes bare CR and the
 * splitter expects one kind a file, except in a text without quotes whose every CR begins a CRLF
 * (Windows Excel), which the splitter takes as it is, sparing a copy of the whole file; a leading
 * byte order mark is dropped, as papaparse does.
 * Cells are trimmed; a record with an unclosed quote is reported and dropped; blank records and records whose first cell starts with '#' (the explanation
 * row of our templates) are skipped.
 */
export function parseDelimited(
  source: string,
  file: string,
  options: ParseOptions = {},
): ParsedText {
  const unified = needsUnifying(source) ? source.replace(/\r\n?/g, '\n') : source;
  const text = unified.charCodeAt(0) === BYTE_ORDER_MARK ? unified.slice(1) : unified;
  let head: TableRow | undefined;
  const rows: TableRow[] = [];
  const problems: Problem[] = [];
  const maxRecords = Math.min(options.maxRows ?? Infinity, IMPORT_LIMITS.rows) + 1;
  const delimiter = detectDelimiter(unified);
  let reported = 0;
  let tooWide = false;
  // Most files have none: then no cell is looked at for them.
  const controls = hasControlCharacters(text);
  splitRecords(text, delimiter, (raw, line, cursor) => {
    // An unclosed quote swallows the rest of the file into one cell: that record is dropped.
    if (raw === null) {
      problems.push(problem('unterminated-quote', file, line));
      return false;
    }
    const cells = cleanCells(raw, file, line, problems);
    if (controls) dropControlCharacters(cells, file, line, problems);
    if (cells.length > IMPORT_LIMITS.columns && !tooWide) {
      tooWide = true;
      problems.push(
        problem('too-many-columns', file, line, {
          columns: cells.length,
          limit: IMPORT_LIMITS.columns,
        }),
      );
    }
    if (!isSkipped(cells)) {
      const record = {
        cells: cells.length > IMPORT_LIMITS.columns ? cells.slice(0, IMPORT_LIMITS.columns) : cells,
        line,
      };
      if (head === undefined) head = record;
      else rows.push(record);
    }
    if (rows.length + (head === undefined ? 0 : 1) >= maxRecords) {
      if (options.maxRows === undefined && cursor < text.length) {
        problems.push(problem('too-many-rows', file, line, { limit: IMPORT_LIMITS.rows }));
      }
      return false;
    }
    if (options.onProgress !== undefined && cursor - reported >= PROGRESS_STEP) {
      reported = cursor;
      options.onProgress(cursor, text.length);
    }
    return true;
  });
  options.onProgress?.(text.length, text.length);
  return { header: head?.cells ?? [], headerLine: head?.line ?? 1, rows, delimiter, problems };
}

function needsUnifying(text: string): boolean {
  if (!text.includes('\r')) return false;
  if (text.includes('"')) return true;
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 2))
    if (text[cr + 1] !== '\n') return true;
  return false;
}

/** Trims the cells of a record in place, restores neutralised formula text and cuts overlong cells. */
function cleanCells(cells: string[], file: string, line: number, problems: Problem[]): string[] {
  for (let i = 0; i < cells.length; i++)
    cells[i] = clip(restoreNeutralisedText(trim(cells[i]!)), file, line, problems);
  return cells;
}

/**
 * String.prototype.trim, called only when the first or last character may be white space (all of
 * JavaScript's white space and line terminators are below '!', U+00A0, or from U+1680 on).
 */
function trim(cell: string): string {
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return mayBeWhiteSpace(first) || mayBeWhiteSpace(last) ? cell.trim() : cell;
}

function mayBeWhiteSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code >= 0x1680;
}

function clip(cell: string, file: string, line: number, problems: Problem[]): string {
  if (cell.length <= IMPORT_LIMITS.fieldLength) return cell;
  problems.push(
    problem(
      'field-too-long',
      file,
      line,
      { length: cell.length, limit: IMPORT_LIMITS.fieldLength },
      'warning',
    ),
  );
  return cell.slice(0, IMPORT_LIMITS.fieldLength);
}

/** Removes control characters from a record's cells, with one notice for the record. */
export function dropControlCharacters(
  cells: string[],
  file: string,
  line: number,
  problems: Problem[],
): void {
  let found = false;
  for (let i = 0; i < cells.length; i++) {
    if (!hasControlCharacters(cells[i]!)) continue;
    found = true;
    cells[i] = withoutControlCharacters(cells[i]!).trim();
  }
  if (found) problems.push(problem('control-characters', file, line, {}, 'warning'));
}

/** Blank records and the templates' explanation rows, which start with '#'. */
export function isSkipped(cells: readonly string[]): boolean {
  if ((cells[0] ?? '').startsWith('#')) return true;
  for (const cell of cells) if (cell !== '') return false;
  return true;
}
