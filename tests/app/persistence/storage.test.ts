import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { beispielkreis, freshStorage, ticking, value } from './helpers';
import {
  createNetworkStorage,
  DELETE_UNDO_PERIOD_MS,
  type NetworkStorage,
} from '../../../src/app/persistence';
import { IDBFactory } from 'fake-indexeddb';
import { createPartner } from '../../../src/core/model/types';

const opened: NetworkStorage[] = [];
function storage(...args: Parameters<typeof freshStorage>): NetworkStorage {
  const s = freshStorage(...args);
  opened.push(s);
  return s;
}
afterEach(() => opened.splice(0).forEach((s) => s.close()));

describe('keeping several networks in the browser', () => {
  it('saves a network and loads it again with positions, even for a partner with the ID "__proto__"', async () => {
    const browser = storage();
    const created = value(await browser.create(beispielkreis()));
    expect(created).toMatchObject({
      name: 'Netzwerk Frühe Hilfen Beispielkreis',
      version: 1,
      partners: 2,
      cooperations: 1,
      deleted: null,
    });
    const { project, summary } = value(await browser.load(created.id));
    expect(summary).toEqual(created);
    expect(project.network.partners.map((p) => p.id)).toEqual(['JA', '__proto__']);
    expect(project.positions.get('__proto__')).toEqual({ x: 10, y: -5, pinned: true });
  });

  it('lists networks side by side, the last changed first', async () => {
    const browser = storage();
    const viersen = value(await browser.create(beispielkreis('Kreis Viersen')));
    const bonn = value(await browser.create(beispielkreis('Bonn')));
    expect(value(await browser.list()).map((s) => s.name)).toEqual(['Bonn', 'Kreis Viersen']);
    value(await browser.save(viersen.id, beispielkreis('Kreis Viersen'), viersen.version));
    expect(value(await browser.list()).map((s) => s.id)).toEqual([viersen.id, bonn.id]);
  });

  it('counts a version up with every save and stamps the change date', async () => {
    const browser = storage();
    const first = value(await browser.create(beispielkreis()));
    const second = value(await browser.save(first.id, beispielkreis(), first.version));
    expect(second.version).toBe(2);
    expect(second.changed > first.changed).toBe(true);
    expect(second.created).toBe(first.created);
  });

  it('renames and duplicates a network; the copy is a network of its own', async () => {
    const browser = storage();
    const original = value(await browser.create(beispielkreis()));
    const renamed = value(await browser.rename(original.id, 'Beispielkreis 2025'));
    expect(renamed).toMatchObject({ name: 'Beispielkreis 2025', version: 2 });
    expect(value(await browser.load(original.id)).project.name).toBe('Beispielkreis 2025');
    const copy = value(await browser.duplicate(original.id, 'Beispielkreis 2025 (Kopie)'));
    expect(copy).toMatchObject({ version: 1, partners: 2 });
    expect(copy.id).not.toBe(original.id);
    expect(value(await browser.list())).toHaveLength(2);
  });

  it('answers not-found for a network that is not there', async () => {
    const browser = storage();
    for (const result of [
      await browser.load('weg'),
      await browser.rename('weg', 'x'),
      await browser.save('weg', beispielkreis(), 1),
      await browser.remove('weg'),
    ]) {
      expect(result).toEqual({ ok: false, error: { code: 'not-found' } });
    }
  });
});

describe('deleting', () => {
  it('a deleted network leaves the list but can be restored until it is purged', async () => {
    const browser = storage();
    const net = value(await browser.create(beispielkreis()));
    value(await browser.remove(net.id));
    expect(value(await browser.list())).toEqual([]);
    expect(value(await browser.listDeleted()).map((s) => s.id)).toEqual([net.id]);
    expect(value(await browser.purgeDeleted())).toBe(0);
    value(await browser.restore(net.id));
    expect(value(await browser.list()).map((s) => s.id)).toEqual([net.id]);
    expect(value(await browser.load(net.id)).project.network.partners).toHaveLength(2);
  });

  it('purges for good what was deleted longer ago than the undo period', async () => {
    let clock = Date.parse('2025-03-14T08:00:00.000Z');
    const browser = storage({ now: () => new Date(clock) });
    const kept = value(await browser.create(beispielkreis('bleibt')));
    const gone = value(await browser.create(beispielkreis('gelöscht')));
    value(await browser.remove(gone.id));
    clock += DELETE_UNDO_PERIOD_MS + 1;
    expect(value(await browser.purgeDeleted())).toBe(1);
    expect(await browser.restore(gone.id)).toEqual({ ok: false, error: { code: 'not-found' } });
    expect(value(await browser.list()).map((s) => s.id)).toEqual([kept.id]);
  });

  it('the privacy button removes every network, deleted or not', async () => {
    const browser = storage();
    value(await browser.create(beispielkreis('eins')));
    const two = value(await browser.create(beispielkreis('zwei')));
    value(await browser.remove(two.id));
    value(await browser.deleteEverything());
    expect(value(await browser.list())).toEqual([]);
    expect(value(await browser.listDeleted())).toEqual([]);
  });
});

describe('the stored file', () => {
  it('answers unreadable when a newer Netzwerkkarte stored the network', async () => {
    const factory = new IDBFactory();
    const browser = storage({ indexedDB: factory, databaseName: 'neuer' });
    const net = value(await browser.create(beispielkreis()));
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('neuer');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise((resolve) => {
      const tx = raw.transaction('projects', 'readwrite');
      tx.objectStore('projects').put({
        id: net.id,
        text: JSON.stringify({ format: 'netzwerkkarte.project', schemaVersion: 9 }),
      });
      tx.oncomplete = resolve;
    });
    raw.close();
    expect(await browser.load(net.id)).toEqual({
      ok: false,
      error: { code: 'unreadable', problems: [{ code: 'newer-version', version: 9 }] },
    });
  });

  it('uses the browser clock and random IDs when none are given', async () => {
    const browser = createNetworkStorage({ indexedDB: new IDBFactory(), channel: null });
    opened.push(browser);
    const net = value(await browser.create(beispielkreis()));
    expect(net.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(net.created)).not.toBeNaN();
    expect(ticking()().toISOString()).toBe('2025-03-14T08:00:00.000Z');
  });
});

describe('a large network kept in parts', () => {
  /** The raw records of the projects store, to see the parts themselves. */
  async function projectRecords(factory: IDBFactory): Promise<{ id: string; text: string }[]> {
    return new Promise((resolve, reject) => {
      const open = factory.open('netzwerkkarte');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction('projects').objectStore('projects').getAll();
        request.onsuccess = () => {
          open.result.close();
          resolve(request.result as { id: string; text: string }[]);
        };
      };
    });
  }

  /** A project whose text is long: many partners with umlauts and a name outside the BMP. */
  function large(count: number) {
    const project = beispielkreis();
    for (let i = 0; i < count; i++)
      project.network.partners.push(
        createPartner({ id: `P${i}`, name: `Frühförderstelle 𝔄uenstadt ${i}` }),
      );
    return project;
  }

  it('stores the text in parts, reads it back whole, and drops parts a shorter save leaves over', async () => {
    const factory = new IDBFactory();
    const browser = storage({ indexedDB: factory, textPart: 97 });
    const created = value(await browser.create(large(40)));
    const parts = await projectRecords(factory);
    expect(parts.length).toBeGreaterThan(20);
    // No part ends inside a character outside the BMP (the pair of UTF-16 code units stays together).
    for (const { text } of parts) expect(/[\uD800-\uDBFF]$/.test(text)).toBe(false);
    const loaded = value(await browser.load(created.id)).project;
    expect(loaded.network.partners.map((p) => p.name)).toEqual(
      large(40).network.partners.map((p) => p.name),
    );

    const saved = value(await browser.save(created.id, large(5), created.version));
    const fewer = await projectRecords(factory);
    expect(fewer.length).toBeLessThan(parts.length);
    expect(value(await browser.load(saved.id)).project.network.partners).toHaveLength(7);

    value(await browser.remove(saved.id));
    value(await browser.purgeDeleted());
    expect(await projectRecords(factory)).toHaveLength(fewer.length); // not yet expired: kept
  });

  it('removes every part when a deleted network is purged', async () => {
    const factory = new IDBFactory();
    const browser = storage({ indexedDB: factory, textPart: 97, undoPeriodMs: 0 });
    const created = value(await browser.create(large(40)));
    value(await browser.remove(created.id));
    expect(value(await browser.purgeDeleted())).toBe(1);
    expect(await projectRecords(factory)).toEqual([]);
  });
});
