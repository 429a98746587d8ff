import readXlsxFile from 'read-excel-file/universal';
import { problem, type Problem } from '../model/problems';
import { restoreNeutralisedText } from './formula';
import { IMPORT_LIMITS } from './limits';
import { isSkipped } from './parse';
import type { Table, TableRow } from './types';

/** An .xlsx workbook is a ZIP archive: it starts with the local file header "PK\x03\x04". */
export function isWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads every sheet of a workbook as a table named "file [sheet]". The universal entry of
 * read-excel-file runs in a tab, a worker and Node alike. Cells become text as the CSV path sees
 * them: numbers in JavaScript notation, dates as ISO dates, booleans as true/false.
 */
export async function readWorkbook(
  name: string,
  bytes: Uint8Array,
  problems: Problem[],
): Promise<Table[]> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(bytes.slice().buffer);
  } catch {
    problems.push(problem('unreadable-file', name, null, { format: 'xlsx' }));
    return [];
  }
  return sheets.map(({ sheet, data }) => toTable(`${name} [${sheet}]`, data, problems));
}

function toTable(name: string, data: readonly (readonly unknown[])[], problems: Problem[]): Table {
  const records: TableRow[] = [];
  data.forEach((cells, index) => {
    const row = cells.slice(0, IMPORT_LIMITS.columns).map(cellText);
    if (!isSkipped(row) && records.length <= IMPORT_LIMITS.rows)
      records.push({ cells: row, line: index + 1 });
  });
  if (records.length > IMPORT_LIMITS.rows) {
    problems.push(
      problem('too-many-rows', name, records.pop()?.line ?? null, { limit: IMPORT_LIMITS.rows }),
    );
  }
  const [head, ...rows] = records;
  return {
    name,
    header: head?.cells ?? [],
    headerLine: head?.line ?? 1,
    rows,
    encoding: 'xlsx',
    delimiter: '',
  };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return restoreNeutralisedText(String(value).trim());
}
