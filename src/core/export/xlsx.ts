import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, Sheet } from 'write-excel-file/universal';
import type { Network } from '../model/types';
import { networkTables, NO_ENTRIES, type PartnerEntries } from './network-tables';
import type { Table, TableCell } from './table';
import { xmlSafeText } from './xml-text';

/**
 * Tables as an XLSX workbook, one sheet each. The `universal` entry of write-excel-file is the one
 * that runs in a browser tab, a web worker and Node alike (its `node` entry imports `fs`, its
 * `browser` entry downloads files); it yields a Blob, which all three runtimes provide.
 */
export async function tablesToXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  const taken = new Set<string>();
  const sheets: Sheet<never>[] = tables.map((table) => ({
    sheet: uniqueSheetName(sheetName(table.name), taken),
    data: [table.headers.map(headerCell), ...table.rows.map((row) => row.map(dataCell))],
  }));
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * The network as one workbook: the sheets "Partner" and "Kooperationen", then "Angebote" and
 * "Gremien" where there are offers or memberships (an empty sheet would only be reported as empty
 * when the workbook is imported again), then any further tables (the report's).
 */
export function networkToXlsx(
  network: Network,
  entries: PartnerEntries = NO_ENTRIES,
  further: readonly Table[] = [],
): Promise<Uint8Array> {
  const tables = networkTables(network, entries);
  return tablesToXlsx([
    tables.partners,
    tables.cooperations,
    ...(tables.offers.rows.length > 0 ? [tables.offers] : []),
    ...(tables.memberships.rows.length > 0 ? [tables.memberships] : []),
    ...further,
  ]);
}

function headerCell(text: string): Cell {
  return { value: textValue(text), fontWeight: 'bold' };
}

/** Numbers stay numbers so that Excel can sum and sort them; non-finite ones leave the cell empty. */
function dataCell(cell: TableCell): Cell {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return textValue(cell);
}

/**
 * Text is written as a string cell, never as a formula: a spreadsheet evaluates only a cell that
 * holds a formula element, so "=HYPERLINK(…)" or "-Süd" in a string cell stays text in Excel and
 * LibreOffice, and a neutralising apostrophe would protect nothing and spoil the data (the CSV
 * files, where every cell is typed again by the spreadsheet, keep it; see formula.ts). Text is
 * cleared of what XML cannot carry and escaped as the workbook's strings are read (ECMA-376
 * Part 1, § 22.9.2.19, ST_Xstring): Excel, LibreOffice and read-excel-file turn "_x0041_" into
 * "A", so text that holds such a sequence itself has its "_" written as "_x005F_".
 */
function textValue(text: string): string {
  const value = xmlSafeText(text).replace(ESCAPE_LIKE, ESCAPED_UNDERSCORE);
  return PROTOTYPE_MEMBERS.has(value) ? escapeFirstCharacter(value) : value;
}

const ESCAPE_LIKE = /_(?=x[0-9A-Fa-f]{4}_)/g;
const ESCAPED_UNDERSCORE = '_x005F_';

/**
 * write-excel-file 4.1 indexes its shared strings in a plain object, so a cell whose text is
 * exactly "constructor", "__proto__" or another Object.prototype member finds the inherited value
 * and is written broken. Such a text has its first character written as an escape ("_x0063_"
 * for the "c" of "constructor"), which every reader turns back into the same text.
 */
const PROTOTYPE_MEMBERS: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype),
);

function escapeFirstCharacter(text: string): string {
  const code = text.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `_x${code}_${text.slice(1)}`;
}

const SHEET_NAME_LENGTH = 31;

/**
 * Excel refuses a workbook with two sheets of the same name, compared ignoring case: a second
 * "Gremien" becomes "Gremien (2)".
 */
function uniqueSheetName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    unique = name.slice(0, SHEET_NAME_LENGTH - suffix.length) + suffix;
  }
  taken.add(unique.toLowerCase());
  return unique;
}

/** Excel refuses sheet names longer than 31 characters or holding any of `[ ] : * ? / \`. */
function sheetName(name: string): string {
  return (
    xmlSafeText(name)
      .replace(/[[\]:*?/\\]/g, '_')
      .slice(0, SHEET_NAME_LENGTH) || 'Tabelle'
  );
}
