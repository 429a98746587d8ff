import type { Problem } from '../model/problems';
import { describePreview, type FilePreview } from './preview-table';
import { previewText } from './preview-text';
import type { InputFile } from './types';
import { isWorkbook, readWorkbook } from './xlsx';

export { previewWithHeader, type FilePreview } from './preview-table';

/**
 * The first rows of a file as the importer reads them: detected encoding, delimiter, header row,
 * kind and column mapping, one preview a table (a workbook's sheets). Parses only as many rows as
 * shown; of a workbook it inflates only the start of each sheet. The app runs it in the import
 * worker for workbooks and large files.
 */
export async function previewFile(
  file: InputFile,
  options: { encoding?: string; maxRows?: number } = {},
): Promise<FilePreview[]> {
  const maxRows = options.maxRows ?? 20;
  if (!isWorkbook(file.bytes)) return [previewText(file, { ...options, maxRows })];
  const problems: Problem[] = [];
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
