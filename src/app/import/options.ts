import type { TableKind } from '../../core/import/types';

/** The tables a coordinator keeps, in the order the kind selector offers them. */
export const TABLE_KINDS: readonly TableKind[] = [
  'partners',
  'cooperations',
  'matrix',
  'offers',
  'memberships',
];

/**
 * Character sets the user can force; '' lets the importer decide (BOM, strict UTF-8, else
 * Windows-1252). German Excel writes Windows-1252 for "CSV (Trennzeichen-getrennt)", UTF-8 with
 * BOM for "CSV UTF-8" and UTF-16 little endian for "Unicode-Text".
 */
export const ENCODING_CHOICES = ['', 'utf-8', 'windows-1252', 'utf-16le'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

/**
 * Text files up to this size are previewed on the main thread: decoding a few megabytes takes a
 * few milliseconds. Larger files and every workbook are previewed in the import worker.
 */
export const PREVIEW_LIMIT_BYTES = 4 * 1024 * 1024;

/** Rows shown per table; detection sees more, so that a matrix is recognised by its names. */
export const PREVIEW_SHOWN_ROWS = 5;
export const PREVIEW_READ_ROWS = 40;
