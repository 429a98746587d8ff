import { recognisedMapping } from '../../core/import/columns';
import { previewWithHeader, type FilePreview } from '../../core/import/preview-table';
import {
  REQUIRED_FIELDS,
  type ColumnMapping,
  type Field,
  type TableKind,
} from '../../core/import/types';
import type { TableChoice } from './chosen-file';

/** A table as it will be read: its kind, which column feeds which field, what is still missing. */
export interface TableReading {
  /** The preview with the header row the user chose. */
  preview: FilePreview;
  kind: TableKind | null;
  /** Null when there is nothing to map: no kind yet, or a matrix. */
  mapping: ColumnMapping | null;
  missing: Field[];
}

/** The user's choices over what was recognised; a header the user left alone keeps its alias. */
export function tableReading(found: FilePreview, choice: TableChoice | undefined): TableReading {
  const preview =
    choice?.headerLine === undefined || choice.headerLine === found.headerLine
      ? found
      : previewWithHeader(found, choice.headerLine);
  const kind = choice?.kind ?? preview.kind;
  if (kind === null || kind === 'matrix') return { preview, kind, mapping: null, missing: [] };
  const mapping = recognisedMapping(kind, preview.header, choice?.mapping);
  const used = new Set(Object.values(mapping));
  const missing = REQUIRED_FIELDS[kind].filter((field) => !used.has(field));
  return { preview, kind, mapping, missing };
}

/**
 * The mapping with one column set to a field (or to null, an extra detail). A field feeds from one
 * column only, so a column that fed it before becomes an extra detail.
 */
export function assignColumn(
  mapping: ColumnMapping,
  header: string,
  field: Field | null,
): ColumnMapping {
  const result = Object.create(null) as ColumnMapping;
  for (const [text, current] of Object.entries(mapping))
    result[text] = field !== null && current === field ? null : current;
  result[header] = field;
  return result;
}
