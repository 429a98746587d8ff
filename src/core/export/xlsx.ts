import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, CellObject, Sheet } from 'write-excel-file/universal';
import type { Network } from '../model/types';
import { neutraliseFormula } from './formula';
import { networkTables } from './networkTables';
import type { Table, TableCell } from './table';
import { xmlSafeText } from './xmlText';

/**
 * Tables as an XLSX workbook, one sheet each. The `universal` entry of write-excel-file is the one
 * that runs in a browser tab, a web worker and Node alike (its `node` entry imports `fs`, its
 * `browser` entry downloads files); it yields a Blob, which all three runtimes provide.
 */
export async function tablesToXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  const sheets: Sheet<never>[] = tables.map((table) => ({
    sheet: sheetName(table.name),
    data: [table.headers.map(headerCell), ...table.rows.map((row) => row.map(dataCell))],
  }));
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** The partner and cooperation lists as one workbook with the sheets "Partner" and "Kooperationen". */
export function networkToXlsx(network: Network): Promise<Uint8Array> {
  const tables = networkTables(network);
  return tablesToXlsx([tables.partners, tables.cooperations]);
}

function headerCell(text: string): Cell {
  const cell = textValue(text);
  return typeof cell === 'string'
    ? { value: cell, fontWeight: 'bold' }
    : { ...cell, fontWeight: 'bold' };
}

/** Numbers stay numbers so that Excel can sum and sort them; non-finite ones leave the cell empty. */
function dataCell(cell: TableCell): Cell {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return textValue(cell);
}

/** Text is neutralised against formulas (see formula.ts) and cleared of what XML cannot carry. */
function textValue(text: string): string | CellObject {
  const value = neutraliseFormula(xmlSafeText(text));
  return PROTOTYPE_MEMBERS.has(value) ? textFormula(value) : value;
}

/**
 * write-excel-file 4.1 indexes its shared strings in a plain object, so a cell whose text is
 * exactly "constructor", "__proto__" or another Object.prototype member finds the inherited value
 * and is written broken. Such a text goes in as a formula that is nothing but the string literal,
 * which spreadsheets show as that text; it cannot run anything.
 */
const PROTOTYPE_MEMBERS: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype),
);

function textFormula(text: string): CellObject {
  return { type: 'Formula', value: `"${text.replace(/"/g, '""')}"` };
}

/** Excel refuses sheet names longer than 31 characters or holding any of `[ ] : * ? / \`. */
function sheetName(name: string): string {
  return (
    xmlSafeText(name)
      .replace(/[[\]:*?/\\]/g, '_')
      .slice(0, 31) || 'Tabelle'
  );
}
