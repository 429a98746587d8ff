import { problem, type Problem } from '../model/problems';
import { recognisedMapping } from './columns';
import { decodeBytes } from './decode';
import { detectTableKind } from './detectKind';
import { parseDelimited } from './parse';
import { readTables } from './tables';
import type { ColumnMapping, InputFile, TableKind } from './types';
import { isWorkbook } from './xlsx';

/** What the preview and mapping dialog show for one table of a file. */
export interface FilePreview {
  name: string;
  encoding: string;
  delimiter: string;
  header: string[];
  rows: string[][];
  kind: TableKind | null;
  /** The recognised columns, to prefill the mapping dialog (null for a matrix or an unknown table). */
  mapping: ColumnMapping | null;
  problems: Problem[];
}

/**
 * The first rows of a file as the importer reads them: detected encoding, delimiter, header,
 * kind and column mapping. Parses only as many rows as shown.
 */
export async function previewFile(
  file: InputFile,
  options: { encoding?: string; maxRows?: number } = {},
): Promise<FilePreview[]> {
  const maxRows = options.maxRows ?? 20;
  const problems: Problem[] = [];
  if (isWorkbook(file.bytes)) {
    const tables = await readTables(file, { files: [file] }, problems);
    return tables.map((t) =>
      describe(
        t.name,
        t.encoding,
        t.delimiter,
        t.header,
        t.rows.slice(0, maxRows).map((r) => r.cells),
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
    return [describe(file.name, decoded.encoding, '', [], [], problems)];
  }
  const parsed = parseDelimited(decoded.text, file.name, { maxRows });
  problems.push(...parsed.problems);
  return [
    describe(
      file.name,
      decoded.encoding,
      parsed.delimiter,
      parsed.header,
      parsed.rows.map((r) => r.cells),
      problems,
    ),
  ];
}

function describe(
  name: string,
  encoding: string,
  delimiter: string,
  header: string[],
  rows: string[][],
  problems: Problem[],
): FilePreview {
  const kind = detectTableKind(
    header,
    rows.map((cells, index) => ({ cells, line: index + 2 })),
  );
  const mapping = kind === null || kind === 'matrix' ? null : recognisedMapping(kind, header);
  return {
    name,
    encoding,
    delimiter,
    header,
    rows,
    kind,
    mapping,
    problems: problems.filter((p) => p.file === name),
  };
}
