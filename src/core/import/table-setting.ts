import type { Table } from './types';

/** A per-table setting: given for the sheet ("file [sheet]") or for the whole file. */
export function tableSetting<T>(
  settings: Record<string, T> | undefined,
  table: Pick<Table, 'name'>,
): T | undefined {
  if (settings === undefined) return undefined;
  const file = table.name.replace(/ \[[^\]]*\]$/, '');
  if (Object.hasOwn(settings, table.name)) return settings[table.name];
  return Object.hasOwn(settings, file) ? settings[file] : undefined;
}
