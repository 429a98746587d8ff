import { problem, type Problem } from '../model/problems';
import { decodeBytes } from './decode';
import { parseDelimited } from './parse';
import { describePreview, type FilePreview } from './preview-table';
import type { InputFile } from './types';

/**
 * The first rows of a CSV or TXT file as the importer reads them: detected encoding, delimiter,
 * header row, kind and column mapping. Parses only as many rows as shown; it does not load the
 * workbook reader, so that the page can preview a small text file itself.
 */
export function previewText(
  file: InputFile,
  options: { encoding?: string; maxRows?: number } = {},
): FilePreview {
  const problems: Problem[] = [];
  const decoded = decodeBytes(file.bytes, options.encoding);
  if (!decoded.readable) {
    problems.push(
      problem('unreadable-file', file.name, null, {
        reason: decoded.reason,
        encoding: decoded.encoding,
      }),
    );
    return describePreview(file.name, decoded.encoding, '', [], problems);
  }
  const parsed = parseDelimited(decoded.text, file.name, { maxRows: options.maxRows ?? 20 });
  for (const found of parsed.problems) problems.push(found);
  const records =
    parsed.header.length === 0
      ? parsed.rows
      : [{ cells: parsed.header, line: parsed.headerLine }, ...parsed.rows];
  return describePreview(file.name, decoded.encoding, parsed.delimiter, records, problems);
}
