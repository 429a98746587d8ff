import { create } from 'zustand';
import {
  TABLE_FIELDS,
  type ColumnMapping,
  type Field,
  type TableKind,
} from '../../core/import/types';
import { forgetSetting, readSetting, type SettingsStorage } from '../persistence/local-settings';
import type { NetworkStorage } from '../persistence/storage';
import type { StorageErrorCode } from '../persistence/errors';
import { TABLE_KINDS } from './options';

/** A column mapping the user saved under a name, to reuse for the next file with the same headers. */
export interface SavedMapping {
  name: string;
  kind: TableKind;
  header: string[];
  mapping: ColumnMapping;
}

/**
 * The saved mappings are kept with the networks (`NetworkStorage.writeSetting`), so that the
 * password protection seals them too: their column headers may be names (in a cooperation matrix
 * they are the partners'). Earlier versions kept them in localStorage under `MAPPINGS_KEY`.
 */
export const MAPPINGS_SETTING = 'mappings';
export const MAPPINGS_KEY = 'netzwerkkarte.mappings';

/** Where the mappings are kept: the setting of the stored networks. */
export type MappingStorage = Pick<NetworkStorage, 'readSetting' | 'writeSetting'>;

/** How saving a mapping went: kept, refused while the password is not given, or not possible. */
export type MappingOutcome = 'saved' | 'locked' | 'failed';

export interface SavedMappingsState {
  /** The saved mappings, for the import dialog to apply. */
  saved: SavedMapping[];
  /** Saves a mapping where the session keeps its data; null while no session runs. */
  keeper: ((entry: SavedMapping) => Promise<MappingOutcome>) | null;
}

export const useSavedMappings = create<SavedMappingsState>(() => ({ saved: [], keeper: null }));

/** Shows the mappings as stored (none while the password is asked or after all was deleted). */
export function showSavedMappings(saved: SavedMapping[]): void {
  useSavedMappings.setState({ saved });
}

/** Saves a mapping, replacing one of the same name. */
export function keepSavedMapping(entry: SavedMapping): Promise<MappingOutcome> {
  const { keeper } = useSavedMappings.getState();
  return keeper === null ? Promise.resolve('failed') : keeper(entry);
}

/**
 * The stored mappings, with those an earlier version left in localStorage moved over (and removed
 * there once they are stored). An error code when they cannot be read (the password not given).
 */
export async function loadMappings(
  storage: MappingStorage,
  local?: SettingsStorage,
): Promise<SavedMapping[] | StorageErrorCode> {
  const stored = await storage.readSetting(MAPPINGS_SETTING);
  if (!stored.ok) return stored.error.code;
  const kept = mappingsFrom(stored.value);
  const earlier = localMappings(local).filter(
    (entry) => !kept.some((other) => other.name === entry.name),
  );
  if (earlier.length === 0) return kept;
  const all = [...earlier, ...kept];
  const written = await storage.writeSetting(MAPPINGS_SETTING, mappingsText(all));
  if (written.ok) forgetSavedMappings(local);
  return all;
}

/** Saves a mapping with the stored ones, replacing one of the same name, and shows them all. */
export async function storeMapping(
  storage: MappingStorage,
  entry: SavedMapping,
): Promise<MappingOutcome> {
  const stored = await storage.readSetting(MAPPINGS_SETTING);
  if (!stored.ok) return outcomeOf(stored.error.code);
  const all = [...mappingsFrom(stored.value).filter((saved) => saved.name !== entry.name), entry];
  const written = await storage.writeSetting(MAPPINGS_SETTING, mappingsText(all));
  if (!written.ok) return outcomeOf(written.error.code);
  showSavedMappings(all);
  return 'saved';
}

const outcomeOf = (code: StorageErrorCode): MappingOutcome =>
  code === 'locked' ? 'locked' : 'failed';

/**
 * The mappings in a stored text; anything unreadable (edited by hand, an older format) counts as
 * none rather than breaking the import.
 */
export function mappingsFrom(text: string | null): SavedMapping[] {
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  return Array.isArray(stored) ? stored.flatMap(readEntry) : [];
}

export function mappingsText(all: readonly SavedMapping[]): string {
  return JSON.stringify(all.map(plain));
}

/** What an earlier version kept in localStorage; none where storage is switched off. */
function localMappings(local?: SettingsStorage): SavedMapping[] {
  try {
    return mappingsFrom(readSetting(MAPPINGS_KEY, local));
  } catch {
    return [];
  }
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

/** Forgets the mappings an earlier version kept in localStorage. */
export function forgetSavedMappings(local?: SettingsStorage): void {
  forgetSetting(MAPPINGS_KEY, local);
}
