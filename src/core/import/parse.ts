import Papa from 'papaparse';
import { problem, type Problem } from '../model/problems';
import { detectDelimiter } from './delimiter';
import { restoreNeutralisedText } from './formula';
import { IMPORT_LIMITS } from './limits';
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

/**
 * Splits delimited text into cells with papaparse, keeping for every record the physical line
 * where it starts, so that a problem points at the line the user sees in an editor. Line breaks are
 * unified first because Excel for Mac still writes bare CR and papaparse expects one kind a file.
 * Cells are trimmed; a record with an unclosed quote is reported and dropped; blank records and records whose first cell starts with '#' (the explanation
 * row of our templates) are skipped.
 */
export function parseDelimited(
  source: string,
  file: string,
  options: ParseOptions = {},
): ParsedText {
  const text = source.replace(/\r\n?/g, '\n');
  const records: TableRow[] = [];
  const problems: Problem[] = [];
  const maxRecords = Math.min(options.maxRows ?? Infinity, IMPORT_LIMITS.rows) + 1;
  const delimiter = detectDelimiter(text);
  let cursor = 0;
  let line = 1;
  let reported = 0;
  let tooWide = false;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (result, parser) => {
      const start = line;
      line += countLineBreaks(text, cursor, result.meta.cursor);
      cursor = result.meta.cursor;
      // An unclosed quote swallows the rest of the file into one cell: that record is dropped.
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        problems.push(problem('unterminated-quote', file, start));
        return;
      }
      const cells = result.data.map((cell) =>
        clip(restoreNeutralisedText(cell.trim()), file, start, problems),
      );
      if (cells.length > IMPORT_LIMITS.columns && !tooWide) {
        tooWide = true;
        problems.push(
          problem('too-many-columns', file, start, {
            columns: cells.length,
            limit: IMPORT_LIMITS.columns,
          }),
        );
      }
      if (!isSkipped(cells))
        records.push({ cells: cells.slice(0, IMPORT_LIMITS.columns), line: start });
      if (records.length >= maxRecords) {
        if (options.maxRows === undefined && cursor < text.length) {
          problems.push(problem('too-many-rows', file, start, { limit: IMPORT_LIMITS.rows }));
        }
        parser.abort();
      }
      if (options.onProgress !== undefined && cursor - reported >= PROGRESS_STEP) {
        reported = cursor;
        options.onProgress(cursor, text.length);
      }
    },
  });
  options.onProgress?.(text.length, text.length);
  const [head, ...rows] = records;
  return { header: head?.cells ?? [], headerLine: head?.line ?? 1, rows, delimiter, problems };
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
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

/** Blank records and the templates' explanation rows, which start with '#'. */
export function isSkipped(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '') || (cells[0] ?? '').startsWith('#');
}
