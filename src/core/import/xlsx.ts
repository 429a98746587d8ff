import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { problem, type Problem } from '../model/problems';
import { HEADER_SEARCH_RECORDS } from './header-row';
import { IMPORT_LIMITS, SKIPPED_ROWS_ALLOWANCE } from './limits';
import { isSkipped } from './parse';
import type { Table, TableRow } from './types';
import { readWorkbookParts, type InflateLimits, type WorkbookParts } from './workbook-archive';
import { boundWorksheet, closeSharedStrings, NOTE_MARK } from './worksheet-bounds';

export { isWorkbook } from './workbook-signature';

export interface WorkbookOptions {
  /** Read only this many data rows a sheet, and only the start of each sheet (a preview). */
  maxRows?: number;
  /** Caps on the inflated bytes (IMPORT_LIMITS'); lower ones in tests. */
  limits?: InflateLimits;
}

/** Bytes of a sheet or of the shared strings a preview inflates: 40 rows of 500 cells fit in half. */
const PREVIEW_PART_BYTES = 2 * 1024 * 1024;

/**
 * Reads every sheet of a workbook as a table named "file [sheet]". The archive is inflated with
 * caps on its size (workbook-archive.ts), its sheets are cut to the rows that are read
 * (worksheet-bounds.ts), and read-excel-file reads what is left, handed over as an archive that
 * stores it uncompressed, so that it inflates nothing itself. The universal entry of
 * read-excel-file runs in a tab, a worker and Node alike. Cells become text as the CSV path sees
 * them: numbers in JavaScript notation, dates as ISO dates, booleans as true/false.
 */
export async function readWorkbook(
  name: string,
  bytes: Uint8Array,
  problems: Problem[],
  options: WorkbookOptions = {},
): Promise<Table[]> {
  const preview = options.maxRows !== undefined;
  const records = Math.min(options.maxRows ?? Infinity, IMPORT_LIMITS.rows) + 1;
  const limits = options.limits ?? IMPORT_LIMITS;
  // A preview reads the start of the shared strings too, which holds the first rows' texts in
  // files as Excel writes them; where a cell names a later one, it reads them all.
  let sheets = preview ? await readSheets(bytes, records, limits, true) : null;
  if (sheets === null || sheets === 'unreadable')
    sheets = await readSheets(bytes, records, limits, false, preview);
  if (sheets === 'unreadable') {
    problems.push(problem('unreadable-file', name, null, { format: 'xlsx' }));
    return [];
  }
  if (!Array.isArray(sheets)) {
    problems.push(refusal(name, sheets, limits));
    return [];
  }
  return sheets.flatMap(({ sheet, data }) => {
    const table = toTable(`${name} [${sheet}]`, data, problems, records, !preview);
    return table === null ? [] : [table];
  });
}

type Sheets = Awaited<ReturnType<typeof readXlsxFile>>;

/**
 * The sheets as read-excel-file reads them from the bounded parts: 'unreadable' when the archive
 * or its XML is broken, the refusal when a cap was passed.
 */
async function readSheets(
  bytes: Uint8Array,
  records: number,
  limits: InflateLimits,
  startOfStrings: boolean,
  preview = startOfStrings,
): Promise<Sheets | 'unreadable' | Exclude<WorkbookParts, { ok: true }>> {
  const read = readWorkbookParts(bytes, {
    limits,
    ...(preview
      ? {
          stopAfter: (part) =>
            isSheet(part) || (startOfStrings && isSharedStrings(part))
              ? PREVIEW_PART_BYTES
              : undefined,
        }
      : {}),
  });
  if (!read.ok) return read.reason === 'invalid' ? 'unreadable' : read;
  const parts: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  for (const [path, xml] of read.parts) {
    const stopped = read.stopped.has(path);
    if (path.endsWith('.rels')) parts[path] = xml;
    else if (isSharedStrings(path)) parts[path] = stopped ? closeSharedStrings(xml) : xml;
    else
      parts[path] = boundWorksheet(xml, {
        rows: records + (preview ? HEADER_SEARCH_RECORDS : SKIPPED_ROWS_ALLOWANCE),
        cells: IMPORT_LIMITS.cells,
        truncated: stopped,
        note: !preview,
      });
  }
  read.parts.clear();
  try {
    return await readXlsxFile(zipSync(parts, { level: 0 }).buffer);
  } catch {
    return 'unreadable';
  }
}

/** Excel, LibreOffice and Google Sheets keep sheets in `xl/worksheets/`. */
function isSheet(part: string): boolean {
  return part.includes('worksheets/') && part.endsWith('.xml');
}

function isSharedStrings(part: string): boolean {
  return part.endsWith('sharedStrings.xml');
}

function refusal(
  name: string,
  read: Exclude<WorkbookParts, { ok: true }>,
  limits: InflateLimits,
): Problem {
  if (read.reason === 'invalid') return problem('unreadable-file', name, null, { format: 'xlsx' });
  if (read.reason === 'part-too-large')
    return problem('workbook-part-too-large', name, null, {
      part: read.part,
      limit: megabytes(limits.partBytes),
    });
  return problem('workbook-too-large', name, null, { limit: megabytes(limits.workbookBytes) });
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/**
 * A sheet's rows as a table: the first `records` records that are not blank (the header and the
 * data rows below it), as the CSV path counts them; the rows beyond and a note of the rows cut
 * before reading give 'too-many-rows'. Null for a sheet refused for its size.
 */
function toTable(
  name: string,
  data: readonly (readonly unknown[])[],
  problems: Problem[],
  records: number,
  report: boolean,
): Table | null {
  const kept: TableRow[] = [];
  let tooWide = false;
  for (let index = 0; index < data.length; index++) {
    const cells = data[index]!;
    if (cells[0] === NOTE_MARK) {
      const note = String(cells[1] ?? '');
      if (note.startsWith('cells:')) {
        const [, rows, columns] = note.split(':');
        problems.push(
          problem('too-many-cells', name, null, {
            rows: Number(rows),
            columns: Number(columns),
            limit: IMPORT_LIMITS.cells,
          }),
        );
        return null;
      }
      if (report) tooManyRows(name, kept, problems);
      break;
    }
    if (cells.length > IMPORT_LIMITS.columns && !tooWide && report) {
      tooWide = true;
      problems.push(
        problem('too-many-columns', name, index + 1, {
          columns: cells.length,
          limit: IMPORT_LIMITS.columns,
        }),
      );
    }
    const row = cells.slice(0, IMPORT_LIMITS.columns).map(cellText);
    if (isSkipped(row)) continue;
    if (kept.length === records) {
      if (report) tooManyRows(name, kept, problems);
      break;
    }
    kept.push({ cells: row, line: index + 1 });
  }
  const [head, ...rows] = kept;
  return {
    name,
    header: head?.cells ?? [],
    headerLine: head?.line ?? 1,
    rows,
    encoding: 'xlsx',
    delimiter: '',
  };
}

/** As the CSV path says it: at the last line read. */
function tooManyRows(name: string, kept: readonly TableRow[], problems: Problem[]): void {
  problems.push(
    problem('too-many-rows', name, kept.at(-1)?.line ?? null, { limit: IMPORT_LIMITS.rows }),
  );
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
