import { problem, type Problem } from '../model/problems';
import { decodeBytes } from './decode';
import { placeHeader } from './header-row';
import { tableSetting } from './table-setting';
import { IMPORT_LIMITS } from './limits';
import { parseDelimited } from './parse';
import type { ImportRequest, InputFile, Table } from './types';
import { isWorkbook, readWorkbook } from './xlsx';

/**
 * A file → its tables: one for a CSV or TXT file, one per sheet for a workbook. Files that are
 * too large, empty or not text give a problem and no table.
 */
export async function readTables(
  file: InputFile,
  request: ImportRequest,
  problems: Problem[],
): Promise<Table[]> {
  if (file.bytes.length > IMPORT_LIMITS.fileBytes) {
    problems.push(
      problem('file-too-large', file.name, null, {
        megabytes: megabytes(file.bytes.length),
        limit: megabytes(IMPORT_LIMITS.fileBytes),
      }),
    );
    return [];
  }
  if (file.bytes.length === 0) {
    problems.push(problem('empty-file', file.name, null));
    return [];
  }
  if (isWorkbook(file.bytes))
    return (await readWorkbook(file.name, file.bytes, problems)).map((table) =>
      headerFound(table, request, problems),
    );
  const progress = request.onProgress;
  const decoded = decodeBytes(
    file.bytes,
    request.encoding,
    progress && ((done, total) => progress({ file: file.name, phase: 'decode', done, total })),
  );
  if (!decoded.readable) {
    problems.push(
      problem('unreadable-file', file.name, null, {
        reason: decoded.reason,
        encoding: decoded.encoding,
      }),
    );
    return [];
  }
  for (const line of (decoded.utf8Lines ?? []).slice(0, MIXED_LINES_TOLD))
    problems.push(problem('utf8-line', file.name, line, {}, 'warning'));
  const parsed = parseDelimited(decoded.text, file.name, {
    onProgress:
      progress && ((done, total) => progress({ file: file.name, phase: 'parse', done, total })),
  });
  // A problem a row can be more than one call takes as arguments (the stack overflows at ~120,000).
  for (const found of parsed.problems) problems.push(found);
  const { header, headerLine, rows, delimiter } = parsed;
  const table = {
    name: file.name,
    header,
    headerLine,
    rows,
    encoding: decoded.encoding,
    delimiter,
  };
  return [headerFound(table, request, problems)];
}

/** Lines in another character set are told one by one up to this many (the rest are read alike). */
const MIXED_LINES_TOLD = 50;

/** The table with its header row where it was found below titles and notes, or the user chose. */
function headerFound(table: Table, request: ImportRequest, problems: Problem[]): Table {
  return placeHeader(
    table,
    problems,
    tableSetting(request.mappings, table),
    tableSetting(request.headerLines, table),
  );
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
