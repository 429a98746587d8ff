import { decodeBytes } from '../../core/import/decode';
import type { ColumnMapping, ImportRequest, InputFile, TableKind } from '../../core/import/types';
import { isWorkbook } from '../../core/import/xlsx';
import type { ChosenFile } from './chosen-file';

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * The worker request for the chosen files. Kinds and mappings go in only where the user chose
 * them, so that everything else is recognised on the whole table, not just the previewed rows.
 * The request has one character set for all files: it is used when every text file has the same
 * choice; otherwise the files with a choice are decoded here and handed over as UTF-8 with BOM.
 */
export function buildImportRequest(files: readonly ChosenFile[]): ImportRequest {
  const kinds: Record<string, TableKind> = Object.create(null) as Record<string, TableKind>;
  const mappings: Record<string, ColumnMapping> = Object.create(null) as Record<
    string,
    ColumnMapping
  >;
  const headerLines: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const file of files) {
    for (const [table, choice] of file.choices) {
      if (choice.kind !== undefined) kinds[table] = choice.kind;
      if (choice.mapping !== undefined) mappings[table] = choice.mapping;
      if (choice.headerLine !== undefined) headerLines[table] = choice.headerLine;
    }
  }
  const textFiles = files.filter((file) => !isWorkbook(file.bytes));
  const encodings = new Set(textFiles.map((file) => file.encoding));
  const shared = encodings.size === 1 ? (textFiles[0]?.encoding ?? '') : '';
  const inputs: InputFile[] = files.map((file) => ({
    name: file.name,
    bytes:
      shared === '' && file.encoding !== '' && !isWorkbook(file.bytes)
        ? asUtf8(file.bytes, file.encoding)
        : file.bytes,
  }));
  return {
    files: inputs,
    kinds,
    mappings,
    headerLines,
    ...(shared === '' ? {} : { encoding: shared }),
  };
}

function asUtf8(bytes: Uint8Array, encoding: string): Uint8Array {
  const decoded = decodeBytes(bytes, encoding);
  if (!decoded.readable) return bytes;
  const text = new TextEncoder().encode(decoded.text);
  const result = new Uint8Array(UTF8_BOM.length + text.length);
  result.set(UTF8_BOM);
  result.set(text, UTF8_BOM.length);
  return result;
}
