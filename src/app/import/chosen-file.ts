import type { FilePreview } from '../../core/import/preview';
import type { ColumnMapping, TableKind } from '../../core/import/types';
import type { EncodingChoice } from './options';
import type { MappingOutcome } from './saved-mappings';

/** What the user decided for one table (a CSV file or one workbook sheet). */
export interface TableChoice {
  /** The kind the user chose; absent means as recognised. */
  kind?: TableKind;
  /** The user's column mapping; absent means by the known header names. */
  mapping?: ColumnMapping;
  /** The saved mapping that was applied because the headers are the same. */
  savedName?: string;
  /** The line the user chose as the header row; absent means as found. */
  headerLine?: number;
}

export type PreviewState =
  { status: 'pending' } | { status: 'ready'; tables: FilePreview[] } | { status: 'failed' };

/** A file in the dialog: its bytes, the character set chosen for it, its preview and choices. */
export interface ChosenFile {
  /** Stable key while the list changes. */
  key: number;
  name: string;
  bytes: Uint8Array;
  encoding: EncodingChoice;
  preview: PreviewState;
  /** Per table name: the file name, or "file [sheet]" for a workbook sheet. */
  choices: Map<string, TableChoice>;
}

/**
 * Saves a table's column mapping under a name, for files with the same headers; says whether it
 * was kept, refused until the password is given, or not possible.
 */
export type SaveMapping = (
  name: string,
  kind: TableKind,
  header: string[],
  mapping: ColumnMapping,
) => Promise<MappingOutcome>;
