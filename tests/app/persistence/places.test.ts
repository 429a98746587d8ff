import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changesBetween,
  pendingKey,
  type NetworkStorage,
  type NetworkStorageOptions,
} from '../../../src/app/persistence';
import { PLACE_ID, type SummaryRecord } from '../../../src/app/persistence/database';
import { createPlaces, exclusiveInPage, type Place } from '../../../src/app/persistence/places';
import { createPartner } from '../../../src/core/model/types';
import {
  beispielkreis,
  databaseNames,
  fakeBuckets,
  freshStorage,
  rawRecords,
  value,
} from './helpers';

const PASSWORD = 'Sonnenblume-im-Jugendamt 2025';
const NETWORK = 'Netzwerk Frühe Hilfen Quendelhain';
const CLINIC = 'Geburtsklinik Zwirbelgrund';

const opened: NetworkStorage[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

/** A tab of the app; few PBKDF2 iterations. */
function tab(options: NetworkStorageOptions): NetworkStorage {
  const s = freshStorage({ iterations: 1_000, ...options });
  opened.push(s);
  return s;
}

function quendelhain() {
  const project = beispielkreis(NETWORK);
  project.network.partners.push(createPartner({ id: 'GK', name: CLINIC }));
  return project;
}

const bucketNames = (factories: ReadonlyMap<string, IDBFactory>) => [...factories.keys()].sort();

/** The directory of the places, as a start of the app reads it. */
function directoryOf(factory: IDBFactory, buckets: ReturnType<typeof fakeBuckets>['buckets']) {
  return createPlaces({ factory, buckets, exclusive: exclusiveInPage(), base: 'netzwerkkarte' });
}

describe('without storage buckets (Firefox, Safari): one database after the other', () => {
  it('turning the protection on moves everything into a fresh database and removes the readable one', async () => {
    const factory = new IDBFactory();
    const browser = tab({ indexedDB: factory });
    const net = value(await browser.create(quendelhain()));
    expect(await databaseNames(factory)).toEqual(['netzwerkkarte', 'netzwerkkarte-places']);
    expect(await rawRecords(factory)).toContain(CLINIC);

    value(await browser.protect(PASSWORD));
    expect(await databaseNames(factory)).toEqual(['netzwerkkarte-1', 'netzwerkkarte-places']);
    const sealed = await rawRecords(factory);
    for (const name of [CLINIC, NETWORK]) expect(sealed).not.toContain(name);
    expect(value(await browser.load(net.id)).project.network.partners.at(-1)?.name).toBe(CLINIC);

    value(await browser.changePassword(PASSWORD, 'Kornblume 2026'));
    expect(await databaseNames(factory)).toEqual(['netzwerkkarte-2', 'netzwerkkarte-places']);
    value(await browser.unprotect('Kornblume 2026'));
    expect(await databaseNames(factory)).toEqual(['netzwerkkarte-3', 'netzwerkkarte-places']);
    expect(await rawRecords(factory)).toContain(CLINIC);

    value(await browser.deleteEverything());
    expect(await databaseNames(factory)).toEqual(['netzwerkkarte-4', 'netzwerkkarte-places']);
    expect(await rawRecords(factory)).toBe('[[],[],[],[]]');
  });
});

describe('with storage buckets (Chromium): a bucket of its own for every place', () => {
  it('a first start keeps the networks in a bucket; protecting and deleting remove it with its files', async () => {
    const factory = new IDBFactory();
    const { buckets, factories } = fakeBuckets();
    const browser = tab({ indexedDB: factory, buckets });
    const net = value(await browser.create(quendelhain()));
    // The site's own IndexedDB holds only the directory, which names no network.
    expect(await databaseNames(factory)).toEqual(['netzwerkkarte-places']);
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-1']);
    expect(await rawRecords(factory, factories)).toContain(CLINIC);

    value(await browser.protect(PASSWORD));
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-2']);
    expect(await rawRecords(factory, factories)).not.toContain(CLINIC);

    const reloaded = tab({ indexedDB: factory, buckets });
    expect(value(await reloaded.protection())).toBe('locked');
    value(await reloaded.unlock(PASSWORD));
    expect(value(await reloaded.load(net.id)).project.network.partners.at(-1)?.name).toBe(CLINIC);

    value(await reloaded.deleteEverything());
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-3']);
    expect(await rawRecords(factory, factories)).toBe('[[],[],[],[]]');
    expect(value(await reloaded.protection())).toBe('off');
  });

  it('the database of an earlier version is moved into a bucket at the start, with everything in it', async () => {
    const factory = new IDBFactory();
    const earlier = tab({ indexedDB: factory, buckets: null });
    const net = value(await earlier.create(quendelhain()));
    value(
      await earlier.writeAhead({
        key: pendingKey(net.id, 'tab-a'),
        network: net.id,
        tab: 'tab-a',
        base: 1,
        sequence: 1,
        written: '2025-03-14T09:00:00.000Z',
        changes: changesBetween(quendelhain(), { ...quendelhain(), name: 'Umbenannt' }),
      }),
    );
    value(await earlier.writeSetting('mappings', '[{"name":"Liste"}]'));
    const before = value(await earlier.load(net.id));
    earlier.close();

    const { buckets, factories } = fakeBuckets();
    const now = tab({ indexedDB: factory, buckets });
    expect(value(await now.load(net.id))).toEqual(before);
    expect(value(await now.readSetting('mappings'))).toBe('[{"name":"Liste"}]');
    expect(await databaseNames(factory)).toEqual(['netzwerkkarte-places']);
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-1']);
  });

  it('another tab that had the old place open stores its next network in the new one', async () => {
    const factory = new IDBFactory();
    const { buckets, factories } = fakeBuckets();
    const a = tab({ indexedDB: factory, buckets });
    const b = tab({ indexedDB: factory, buckets });
    value(await a.create(quendelhain()));
    expect(value(await b.list())).toHaveLength(1);

    value(await a.deleteEverything());
    const created = value(await b.create(beispielkreis('Neu aus Tab B')));
    expect(value(await a.list())).toEqual([created]);
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-2']);
  });

  it('an edit another tab writes ahead while the protection is turned on is not lost: the move is made again', async () => {
    const factory = new IDBFactory();
    let other: (() => Promise<void>) | null = null;
    const { buckets, factories } = fakeBuckets(async () => {
      const edit = other;
      other = null;
      await edit?.();
    });
    const a = tab({ indexedDB: factory, buckets });
    const b = tab({ indexedDB: factory, buckets });
    const net = value(await a.create(quendelhain()));
    const loaded = value(await b.load(net.id));
    // B's edit comes after A read everything, while A writes the new bucket.
    other = async () => {
      value(
        await b.writeAhead({
          key: pendingKey(net.id, 'tab-b'),
          network: net.id,
          tab: 'tab-b',
          base: loaded.summary.version,
          sequence: 1,
          written: '2025-03-14T09:00:00.000Z',
          changes: changesBetween(loaded.project, { ...loaded.project, name: 'Von Tab B' }),
        }),
      );
    };

    value(await a.protect(PASSWORD));
    expect(other).toBeNull();
    expect(value(await a.load(net.id)).pending.map((edit) => edit.changes.name)).toEqual([
      'Von Tab B',
    ]);
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-2']);
    expect(await rawRecords(factory, factories)).not.toContain('Von Tab B');
  });
});

describe('buckets the browser refuses to open', () => {
  it("the networks are kept in the site's own IndexedDB, and moved there", async () => {
    const factory = new IDBFactory();
    const { buckets, factories } = fakeBuckets(() =>
      Promise.reject(new DOMException('refused', 'SecurityError')),
    );
    const browser = tab({ indexedDB: factory, buckets });
    const net = value(await browser.create(quendelhain()));
    value(await browser.protect(PASSWORD));
    expect(await databaseNames(factory)).toEqual(['netzwerkkarte-1', 'netzwerkkarte-places']);
    expect(bucketNames(factories)).toEqual([]);
    expect(value(await browser.load(net.id)).summary.name).toBe(NETWORK);
  });
});

describe('a move the page did not finish', () => {
  it('closed after the move was committed, before the old bucket was removed: the next start finishes it', async () => {
    const factory = new IDBFactory();
    let closing = false;
    const { buckets, factories } = fakeBuckets();
    const removing = buckets.delete;
    // The page closes as the old bucket is about to be removed: that never happens.
    buckets.delete = (name) => (closing ? new Promise(() => undefined) : removing(name));
    // The page's lock is its own: it is never let go, as the page never finishes.
    const first = tab({ indexedDB: factory, buckets, exclusive: exclusiveInPage() });
    const net = value(await first.create(quendelhain()));
    closing = true;
    void first.protect(PASSWORD);
    await expect.poll(() => bucketNames(factories)).toEqual(['netzwerkkarte-1', 'netzwerkkarte-2']);
    closing = false;

    // A new page, with a lock of its own: the closed page held it no longer.
    const next = tab({ indexedDB: factory, buckets, exclusive: exclusiveInPage() });
    expect(value(await next.protection())).toBe('locked');
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-2']);
    value(await next.unlock(PASSWORD));
    expect(value(await next.load(net.id)).summary.name).toBe(NETWORK);
    expect(value(await directoryOf(factory, buckets).read())).toEqual({
      current: { bucket: 'netzwerkkarte-2', name: 'netzwerkkarte', generation: 2 },
      leftovers: [],
    });
  });

  it('closed while the new bucket was written, before the commit: the next start removes it and keeps the old one', async () => {
    const factory = new IDBFactory();
    const { buckets, factories } = fakeBuckets();
    const browser = tab({ indexedDB: factory, buckets });
    const net = value(await browser.create(quendelhain()));
    browser.close();
    // What a page leaves that closed halfway through writing the new bucket: noted as a
    // leftover, part of the copy in it, the old place not marked as moved.
    const places = directoryOf(factory, buckets);
    const current: Place = { bucket: 'netzwerkkarte-1', name: 'netzwerkkarte', generation: 1 };
    const half: Place = { bucket: 'netzwerkkarte-2', name: 'netzwerkkarte', generation: 2 };
    await places.write({ current, leftovers: [half] });
    const db = value(await places.open(half, { closed: () => undefined }));
    await db.put('networks', { id: net.id, version: 1 } as SummaryRecord);
    db.close();
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-1', 'netzwerkkarte-2']);

    const next = tab({ indexedDB: factory, buckets });
    expect(value(await next.protection())).toBe('off');
    expect(value(await next.load(net.id)).project.network.partners.at(-1)?.name).toBe(CLINIC);
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-1']);
    expect(value(await places.read())).toEqual({ current, leftovers: [] });
  });

  it('a place marked as moved refuses every write, and a start follows the mark', async () => {
    const factory = new IDBFactory();
    const { buckets, factories } = fakeBuckets();
    const browser = tab({ indexedDB: factory, buckets });
    value(await browser.create(quendelhain()));
    browser.close();
    const places = directoryOf(factory, buckets);
    const old: Place = { bucket: 'netzwerkkarte-1', name: 'netzwerkkarte', generation: 1 };
    const moved: Place = { bucket: 'netzwerkkarte-2', name: 'netzwerkkarte', generation: 2 };
    const target = value(await places.open(moved, { closed: () => undefined }));
    target.close();
    const source = value(await places.open(old, { closed: () => undefined }));
    await source.put('meta', { id: PLACE_ID, moved });
    source.close();

    const next = tab({ indexedDB: factory, buckets });
    // The directory still names the old place; the mark leads to the new, empty one.
    expect(value(await next.list())).toEqual([]);
    value(await next.create(beispielkreis('Nach dem Umzug')));
    expect(bucketNames(factories)).toEqual(['netzwerkkarte-2']);
    expect(value(await places.read()).current).toEqual(moved);
  });
});

describe('settings kept with the networks', () => {
  it('are sealed with them under the protection, open with the password and go with "delete everything"', async () => {
    const factory = new IDBFactory();
    const { buckets, factories } = fakeBuckets();
    const browser = tab({ indexedDB: factory, buckets });
    expect(value(await browser.readSetting('mappings'))).toBeNull();
    value(await browser.writeSetting('mappings', `[{"header":["${CLINIC}"]}]`));
    expect(await rawRecords(factory, factories)).toContain(CLINIC);

    value(await browser.protect(PASSWORD));
    expect(await rawRecords(factory, factories)).not.toContain(CLINIC);
    expect(value(await browser.readSetting('mappings'))).toBe(`[{"header":["${CLINIC}"]}]`);
    value(await browser.writeSetting('mappings', `[{"header":["${CLINIC} 2"]}]`));
    expect(await rawRecords(factory, factories)).not.toContain(CLINIC);

    const reloaded = tab({ indexedDB: factory, buckets });
    expect(await reloaded.readSetting('mappings')).toEqual({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await reloaded.writeSetting('mappings', '[]')).toEqual({
      ok: false,
      error: { code: 'locked' },
    });
    value(await reloaded.unlock(PASSWORD));
    expect(value(await reloaded.readSetting('mappings'))).toBe(`[{"header":["${CLINIC} 2"]}]`);

    value(await reloaded.unprotect(PASSWORD));
    expect(value(await reloaded.readSetting('mappings'))).toBe(`[{"header":["${CLINIC} 2"]}]`);
    value(await reloaded.writeSetting('mappings', null));
    expect(value(await reloaded.readSetting('mappings'))).toBeNull();
    value(await reloaded.writeSetting('mappings', '[]'));
    value(await reloaded.deleteEverything());
    expect(value(await browser.readSetting('mappings'))).toBeNull();
  });
});
