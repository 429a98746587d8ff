import type { Network } from '../model/types';
import { withoutControlCharacters } from '../model/control-characters';
import { neutraliseFormula } from './formula';
import { networkTables, NO_ENTRIES, type PartnerEntries } from './network-tables';
import type { Table, TableCell } from './table';

/**
 * CSV as German Excel opens it by double click: `;` between cells (the list separator of the
 * German locale), CRLF between rows (RFC 4180) and a UTF-8 byte order mark, without which Excel
 * reads the file as Windows-1252 and garbles umlauts.
 */
export const CSV_DELIMITER = ';';
export const CSV_LINE_BREAK = '\r\n';
export const BYTE_ORDER_MARK = '\uFEFF';

/** The table as CSV text, starting with the byte order mark; encode it as UTF-8. */
export function tableToCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((row) =>
    row.map((cell) => csvCell(cell, table.locale)).join(CSV_DELIMITER),
  );
  return BYTE_ORDER_MARK + lines.map((line) => line + CSV_LINE_BREAK).join('');
}

export interface NetworkCsv {
  partners: string;
  cooperations: string;
  offers: string;
  memberships: string;
}

/** Partner, cooperation, offers and membership lists with the canonical headers, ready to re-import. */
export function networkToCsv(network: Network, entries: PartnerEntries = NO_ENTRIES): NetworkCsv {
  const tables = networkTables(network, entries);
  return {
    partners: tableToCsv(tables.partners),
    cooperations: tableToCsv(tables.cooperations),
    offers: tableToCsv(tables.offers),
    memberships: tableToCsv(tables.memberships),
  };
}

function csvCell(cell: TableCell, locale: Table['locale']): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell, locale);
  return quote(neutraliseFormula(withoutControlCharacters(cell)));
}

/** Non-finite numbers (a closeness of Infinity, a failed measure) leave the cell empty. */
function formatNumber(value: number, locale: Table['locale']): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return locale === 'de-DE' ? text.replace('.', ',') : text;
}

/** RFC 4180 § 2: quote a field holding the delimiter, a quote or a line break; double its quotes. */
function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
