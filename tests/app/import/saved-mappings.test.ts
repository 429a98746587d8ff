import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  keepSavedMapping,
  loadMappings,
  mappingsFrom,
  MAPPINGS_KEY,
  MAPPINGS_SETTING,
  savedMappingFor,
  storeMapping,
  useSavedMappings,
  type SavedMapping,
} from '../../../src/app/import/saved-mappings';
import type { NetworkStorage } from '../../../src/app/persistence';
import type { ColumnMapping } from '../../../src/core/import/types';
import { freshStorage, value } from '../persistence/helpers';
import { memoryStorage } from './helpers';

function mapping(entries: Record<string, 'name' | 'sector' | null>): ColumnMapping {
  return Object.assign(Object.create(null) as ColumnMapping, entries);
}

const header = ['Einrichtungsname', 'Hilfesystem', 'Bemerkung'];

const opened: NetworkStorage[] = [];
/** A tab on a fresh browser's IndexedDB, or on the given one's. */
function storage(indexedDB = new IDBFactory()): NetworkStorage {
  const s = freshStorage({ indexedDB, iterations: 1_000 });
  opened.push(s);
  return s;
}
afterEach(() => {
  opened.splice(0).forEach((s) => s.close());
  useSavedMappings.setState({ saved: [], keeper: null });
});

const stored = async (browser: NetworkStorage) =>
  mappingsFrom(value(await browser.readSetting(MAPPINGS_SETTING)));

describe('column mappings saved under a name', () => {
  it('are kept with the networks and found again for a file with the same headers, in any order', async () => {
    const browser = storage();
    const entry: SavedMapping = {
      name: 'Liste Kreis Viersen',
      kind: 'partners',
      header,
      mapping: mapping({ Einrichtungsname: 'name' }),
    };
    expect(await storeMapping(browser, entry)).toBe('saved');
    const saved = await stored(browser);
    expect(useSavedMappings.getState().saved).toEqual(saved);
    expect(savedMappingFor(['Bemerkung', 'Einrichtungsname', 'Hilfesystem'], saved)?.name).toBe(
      'Liste Kreis Viersen',
    );
    expect(savedMappingFor(['Einrichtungsname', 'Hilfesystem'], saved)).toBeUndefined();
  });

  it('saving under the same name replaces the earlier mapping', async () => {
    const browser = storage();
    const viersen = { name: 'Viersen', kind: 'partners', header } as const;
    await storeMapping(browser, { ...viersen, mapping: mapping({ Hilfesystem: 'sector' }) });
    await storeMapping(browser, { ...viersen, mapping: mapping({ Hilfesystem: null }) });
    const saved = await stored(browser);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.mapping['Hilfesystem']).toBeNull();
  });

  it('a header called "__proto__" is data like any other', async () => {
    const browser = storage();
    const odd = mapping({});
    odd['__proto__'] = 'name';
    await storeMapping(browser, {
      name: 'seltsam',
      kind: 'partners',
      header: ['__proto__'],
      mapping: odd,
    });
    const [entry] = await stored(browser);
    expect(Object.hasOwn(entry?.mapping ?? {}, '__proto__')).toBe(true);
    expect(entry?.mapping['__proto__']).toBe('name');
    expect(Object.getPrototypeOf(entry?.mapping)).toBeNull();
  });

  it('an unreadable text counts as none; fields the kind does not know are dropped', () => {
    expect(mappingsFrom('{kaputt')).toEqual([]);
    const saved = mappingsFrom(
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
    expect(saved.map((s) => s.name)).toEqual(['alt']);
    expect({ ...saved[0]?.mapping }).toEqual({ A: 'name' });
  });

  it("an earlier version's mappings in localStorage are moved to the networks and removed there", async () => {
    const browser = storage();
    const local = memoryStorage();
    await storeMapping(browser, {
      name: 'Viersen',
      kind: 'partners',
      header,
      mapping: mapping({}),
    });
    local.setItem(
      MAPPINGS_KEY,
      JSON.stringify([
        { name: 'Viersen', kind: 'partners', header: ['alt'], mapping: {} },
        { name: 'Bonn', kind: 'partners', header: ['Name'], mapping: { Name: 'name' } },
      ]),
    );
    const loaded = await loadMappings(browser, local);
    // The one stored under the same name is the newer one.
    expect(loaded).toEqual(await stored(browser));
    expect((await stored(browser)).map((s) => [s.name, s.header])).toEqual([
      ['Bonn', ['Name']],
      ['Viersen', header],
    ]);
    expect(local.getItem(MAPPINGS_KEY)).toBeNull();
  });

  it('while the password is not given they are neither read nor saved, and say so', async () => {
    const factory = new IDBFactory();
    const browser = storage(factory);
    await storeMapping(browser, {
      name: 'Viersen',
      kind: 'partners',
      header,
      mapping: mapping({}),
    });
    value(await browser.protect('Kornblume im Jugendamt'));
    browser.close();
    const reloaded = storage(factory);
    expect(await loadMappings(reloaded, memoryStorage())).toBe('locked');
    useSavedMappings.setState({ keeper: (entry) => storeMapping(reloaded, entry) });
    const entry: SavedMapping = { name: 'Bonn', kind: 'partners', header, mapping: mapping({}) };
    expect(await keepSavedMapping(entry)).toBe('locked');
    value(await reloaded.unlock('Kornblume im Jugendamt'));
    expect(await keepSavedMapping(entry)).toBe('saved');
    expect((await stored(reloaded)).map((s) => s.name)).toEqual(['Viersen', 'Bonn']);
  });

  it('without a session to keep them, saving one says it failed', async () => {
    const entry: SavedMapping = { name: 'Bonn', kind: 'partners', header, mapping: mapping({}) };
    expect(await keepSavedMapping(entry)).toBe('failed');
  });
});
