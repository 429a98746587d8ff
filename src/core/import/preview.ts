import { problem, type Problem } from '../model/problems';
import { decodeBytes } from './decode';
import { parseDelimited } from './parse';
import { describePreview, type FilePreview } from './preview-table';
import type { InputFile } from './types';
import { isWorkbook, readWorkbook } from './xlsx';

export { previewWithHeader, type FilePreview } from './preview-table';

/**
 * The first rows of a file as the importer reads them: detected encoding, delimiter, header row,
 * kind and column mapping. Parses only as many rows as shown; of a workbook it inflates only the
 * start of each sheet.
 */
export async function previewFile(
  file: InputFile,
  options: { encoding?: string; maxRows?: number } = {},
): Promise<FilePreview[]> {
  const maxRows = options.maxRows ?? 20;
  const problems: Problem[] = [];
  if (isWorkbook(file.bytes)) {
    const tables = await readWorkbook(file.name, file.bytes, problems, { maxRows });
    if (tables.length === 0) return [describePreview(file.name, 'xlsx', '', [], problems)];
    return tables.map((t) =>
      describePreview(
        t.name,
        t.encoding,
        t.delimiter,
        [{ cells: t.header, line: t.headerLine }, ...t.rows.slice(0, maxRows)],
        problems,
      ),
    );
  }
  const decoded = decodeBytes(file.bytes, options.encoding);
  if (!decoded.readable) {
    problems.push(
      problem('unreadable-file', file.name, null, {
        reason: decoded.reason,
        encoding: decoded.encoding,
      }),
    );
    return [describePreview(file.name, decoded.encoding, '', [], problems)];
  }
  const parsed = parseDelimited(decoded.text, file.name, { maxRows });
  for (const found of parsed.problems) problems.push(found);
  const records =
    parsed.header.length === 0
      ? parsed.rows
      : [{ cells: parsed.header, line: parsed.headerLine }, ...parsed.rows];
  return [describePreview(file.name, decoded.encoding, parsed.delimiter, records, problems)];
}
