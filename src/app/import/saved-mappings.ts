import {
  TABLE_FIELDS,
  type ColumnMapping,
  type Field,
  type TableKind,
} from '../../core/import/types';
import {
  forgetSetting,
  readSetting,
  writeSetting,
  type SettingsStorage,
} from '../persistence/local-settings';
import { TABLE_KINDS } from './options';

/** A column mapping the user saved under a name, to reuse for the next file with the same headers. */
export interface SavedMapping {
  name: string;
  kind: TableKind;
  header: string[];
  mapping: ColumnMapping;
}

export const MAPPINGS_KEY = 'netzwerkkarte.mappings';

/**
 * The saved mappings; anything unreadable in storage (edited by hand, an older format, storage
 * switched off) counts as none rather than breaking the import.
 */
export function loadSavedMappings(storage?: SettingsStorage): SavedMapping[] {
  const text = readSetting(MAPPINGS_KEY, storage);
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  return Array.isArray(stored) ? stored.flatMap(readEntry) : [];
}

/** Saves a mapping, replacing one of the same name; throws when storage refuses (full, disabled). */
export function saveMapping(entry: SavedMapping, storage?: SettingsStorage): SavedMapping[] {
  const others = loadSavedMappings(storage).filter((saved) => saved.name !== entry.name);
  const all = [...others, entry];
  writeSetting(MAPPINGS_KEY, JSON.stringify(all.map(plain)), storage);
  return all;
}

/** The newest saved mapping for a table with the same headers, in any order. */
export function savedMappingFor(
  header: readonly string[],
  saved: readonly SavedMapping[],
): SavedMapping | undefined {
  const key = headerSet(header);
  return [...saved].reverse().find((entry) => headerSet(entry.header) === key);
}

function headerSet(header: readonly string[]): string {
  return JSON.stringify(header.filter((text) => text !== '').sort());
}

function plain(entry: SavedMapping) {
  return { ...entry, mapping: Object.fromEntries(Object.entries(entry.mapping)) };
}

/** Header texts are user data ("__proto__" is a header like any other): a null-prototype copy. */
function readEntry(value: unknown): SavedMapping[] {
  if (typeof value !== 'object' || value === null) return [];
  const { name, kind, header, mapping } = value as Record<string, unknown>;
  if (typeof name !== 'string' || !TABLE_KINDS.includes(kind as TableKind)) return [];
  if (!Array.isArray(header) || !header.every((h) => typeof h === 'string')) return [];
  if (typeof mapping !== 'object' || mapping === null) return [];
  const fields = new Set<string>(TABLE_FIELDS[kind as TableKind]);
  const copy = Object.create(null) as ColumnMapping;
  for (const [text, field] of Object.entries(mapping)) {
    if (field === null) copy[text] = null;
    else if (typeof field === 'string' && fields.has(field)) copy[text] = field as Field;
  }
  return [{ name, kind: kind as TableKind, header: header as string[], mapping: copy }];
}

/** Forgets every saved mapping (part of deleting all data kept in this browser). */
export function forgetSavedMappings(storage?: SettingsStorage): void {
  forgetSetting(MAPPINGS_KEY, storage);
}
