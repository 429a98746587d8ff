import { describe, expect, it } from 'vitest';
import {
  loadSavedMappings,
  MAPPINGS_KEY,
  saveMapping,
  savedMappingFor,
} from '../../../src/app/import/saved-mappings';
import type { ColumnMapping } from '../../../src/core/import/types';
import { memoryStorage } from './helpers';

function mapping(entries: Record<string, 'name' | 'sector' | null>): ColumnMapping {
  return Object.assign(Object.create(null) as ColumnMapping, entries);
}

const header = ['Einrichtungsname', 'Hilfesystem', 'Bemerkung'];

describe('column mappings saved under a name', () => {
  it('are found again for a file with the same headers, in any order', () => {
    const storage = memoryStorage();
    saveMapping(
      {
        name: 'Liste Kreis Viersen',
        kind: 'partners',
        header,
        mapping: mapping({ Einrichtungsname: 'name' }),
      },
      storage,
    );
    const saved = loadSavedMappings(storage);
    expect(savedMappingFor(['Bemerkung', 'Einrichtungsname', 'Hilfesystem'], saved)?.name).toBe(
      'Liste Kreis Viersen',
    );
    expect(savedMappingFor(['Einrichtungsname', 'Hilfesystem'], saved)).toBeUndefined();
    expect(JSON.parse(storage.getItem(MAPPINGS_KEY) ?? '')).toHaveLength(1);
  });

  it('saving under the same name replaces the earlier mapping', () => {
    const storage = memoryStorage();
    saveMapping(
      { name: 'Viersen', kind: 'partners', header, mapping: mapping({ Hilfesystem: 'sector' }) },
      storage,
    );
    saveMapping(
      { name: 'Viersen', kind: 'partners', header, mapping: mapping({ Hilfesystem: null }) },
      storage,
    );
    const saved = loadSavedMappings(storage);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.mapping['Hilfesystem']).toBeNull();
  });

  it('a header called "__proto__" is data like any other', () => {
    const storage = memoryStorage();
    const odd = mapping({});
    odd['__proto__'] = 'name';
    saveMapping(
      { name: 'seltsam', kind: 'partners', header: ['__proto__'], mapping: odd },
      storage,
    );
    const [entry] = loadSavedMappings(storage);
    expect(Object.hasOwn(entry?.mapping ?? {}, '__proto__')).toBe(true);
    expect(entry?.mapping['__proto__']).toBe('name');
    expect(Object.getPrototypeOf(entry?.mapping)).toBeNull();
  });

  it('unreadable storage counts as none; fields the kind does not know are dropped', () => {
    const storage = memoryStorage();
    storage.setItem(MAPPINGS_KEY, '{kaputt');
    expect(loadSavedMappings(storage)).toEqual([]);
    storage.setItem(
      MAPPINGS_KEY,
      JSON.stringify([
        {
          name: 'alt',
          kind: 'partners',
          header: ['A', 'B'],
          mapping: { A: 'name', B: 'committee' },
        },
        { name: 'falsch', kind: 'tabelle', header: [], mapping: {} },
        'Unsinn',
      ]),
    );
    const saved = loadSavedMappings(storage);
    expect(saved.map((s) => s.name)).toEqual(['alt']);
    expect({ ...saved[0]?.mapping }).toEqual({ A: 'name' });
  });
});
