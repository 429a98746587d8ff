import type { Problem } from '../model/problems';
import { recognisedMapping } from './columns';
import { detectTableKind } from './detect-kind';
import { findHeaderIndex, trimHeader } from './header-row';
import type { ColumnMapping, TableKind, TableRow } from './types';

/** What the preview and mapping dialog show for one table of a file. */
export interface FilePreview {
  name: string;
  encoding: string;
  delimiter: string;
  /** The first records of the table, titles and blank-free, with their lines: the header's candidates. */
  records: TableRow[];
  /** The line of the header row, found below titles and notes or chosen by the user. */
  headerLine: number;
  header: string[];
  rows: string[][];
  kind: TableKind | null;
  /** The recognised columns, to prefill the mapping dialog (null for a matrix or an unknown table). */
  mapping: ColumnMapping | null;
  problems: Problem[];
}

/** The same preview with its header in another line (the user's choice in the preview). */
export function previewWithHeader(preview: FilePreview, headerLine: number): FilePreview {
  return describePreview(
    preview.name,
    preview.encoding,
    preview.delimiter,
    preview.records,
    preview.problems,
    headerLine,
  );
}

export function describePreview(
  name: string,
  encoding: string,
  delimiter: string,
  records: TableRow[],
  problems: Problem[],
  chosenLine?: number,
): FilePreview {
  const index = records.length === 0 ? 0 : findHeaderIndex(records, undefined, chosenLine);
  const head = records[index];
  const header = head === undefined ? [] : trimHeader(head.cells);
  const rows = records.slice(index + 1);
  const kind = detectTableKind(header, rows);
  const mapping = kind === null || kind === 'matrix' ? null : recognisedMapping(kind, header);
  return {
    name,
    encoding,
    delimiter,
    records,
    headerLine: head?.line ?? 1,
    header,
    rows: rows.map((r) => r.cells),
    kind,
    mapping,
    problems: problems.filter((p) => p.file === name),
  };
}
