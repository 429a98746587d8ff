import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  broadcastChannel,
  changesBetween,
  createNetworkStorage,
  pendingKey,
  type NetworkStorage,
  type PendingEdit,
  type TabMessage,
} from '../../../src/app/persistence';
import { createPartner } from '../../../src/core/model/types';
import type { Project } from '../../../src/core/project';
import { beispielkreis, freshStorage, ticking, value } from './helpers';

const opened: NetworkStorage[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

function storage(...args: Parameters<typeof freshStorage>): NetworkStorage {
  const s = freshStorage(...args);
  opened.push(s);
  return s;
}

/** The sample with the Jugendamt renamed and a Kita whose extra column is called "__proto__". */
function edited(project: Project): Project {
  const kita = createPartner({ id: 'K1', name: 'Kita Sonnenschein' });
  kita.attributes['__proto__'] = 'Telefon 0815';
  return {
    ...project,
    network: {
      ...project.network,
      partners: [
        ...project.network.partners.map((p) =>
          p.id === 'JA' ? { ...p, name: 'Jugendamt Auenstadt' } : p,
        ),
        kita,
      ],
    },
  };
}

function pending(
  network: string,
  base: Project,
  next: Project,
  sequence = 1,
  tab = 'tab-a',
): PendingEdit {
  return {
    key: pendingKey(network, tab),
    network,
    tab,
    base: 1,
    sequence,
    written: '2025-03-14T09:00:00.000Z',
    changes: changesBetween(base, next),
  };
}

describe('an edit written ahead of the save', () => {
  it('is read back with the network, only the partners it changed, records inheriting nothing', async () => {
    const browser = storage();
    const project = beispielkreis();
    const net = value(await browser.create(project));
    value(await browser.writeAhead(pending(net.id, project, edited(project))));
    const loaded = value(await browser.load(net.id));
    expect(loaded.summary.version).toBe(1);
    const [edit] = loaded.pending;
    expect([...(edit?.changes.partners.keys() ?? [])]).toEqual(['JA', 'K1']);
    const kita = edit?.changes.partners.get('K1');
    expect(kita?.attributes['__proto__']).toBe('Telefon 0815');
    expect(Object.getPrototypeOf(kita?.attributes)).not.toBe(Object.prototype);
    expect('toString' in (kita?.attributes ?? {})).toBe(false);
  });

  it('is removed by the save that contains it, but not by one made before a later edit', async () => {
    const browser = storage();
    const project = beispielkreis();
    const net = value(await browser.create(project));
    const key = pendingKey(net.id, 'tab-a');
    value(await browser.writeAhead(pending(net.id, project, edited(project), 2)));
    value(await browser.save(net.id, project, 1, { settles: { key, sequence: 1 } }));
    expect(value(await browser.load(net.id)).pending).toHaveLength(1);
    value(await browser.save(net.id, edited(project), 2, { settles: { key, sequence: 2 } }));
    expect(value(await browser.load(net.id)).pending).toEqual([]);
  });

  it('replaces the edits it takes over from a tab that is gone', async () => {
    const browser = storage();
    const project = beispielkreis();
    const net = value(await browser.create(project));
    value(await browser.writeAhead(pending(net.id, project, edited(project), 1, 'gone')));
    value(
      await browser.writeAhead(pending(net.id, project, edited(project), 1, 'here'), [
        pendingKey(net.id, 'gone'),
      ]),
    );
    expect(value(await browser.load(net.id)).pending.map((edit) => edit.tab)).toEqual(['here']);
  });

  it('goes with the privacy button and with a network purged for good', async () => {
    const browser = storage({ undoPeriodMs: 0 });
    const project = beispielkreis();
    const first = value(await browser.create(project));
    const second = value(await browser.create(project));
    value(await browser.writeAhead(pending(first.id, project, edited(project))));
    value(await browser.writeAhead(pending(second.id, project, edited(project))));
    value(await browser.remove(first.id));
    value(await browser.purgeDeleted());
    expect(value(await browser.load(second.id)).pending).toHaveLength(1);
    value(await browser.deleteEverything());
    value(await browser.create(project));
    const [only] = value(await browser.list());
    expect(value(await browser.load(only?.id ?? '')).pending).toEqual([]);
  });
});

describe('a save of where the layout placed partners', () => {
  function twoTabs(): [NetworkStorage, NetworkStorage] {
    const factory = new IDBFactory();
    const name = `netzwerkkarte-test-${Math.random()}`;
    const clock = ticking();
    const tab = () =>
      createNetworkStorage({ indexedDB: factory, channel: broadcastChannel(name), now: clock });
    const tabs: [NetworkStorage, NetworkStorage] = [tab(), tab()];
    opened.push(...tabs);
    return tabs;
  }

  it('keeps the version and change date, tells no other tab, and another tab’s edit goes on over it', async () => {
    const [first, second] = twoTabs();
    const project = beispielkreis();
    const net = value(await first.create(project));
    const heard: TabMessage[] = [];
    first.onOtherTab((message) => heard.push(message));
    const placed = { ...project, positions: new Map([['JA', { x: 3, y: 4, pinned: false }]]) };
    const layout = value(await second.save(net.id, placed, net.version, { layout: true }));
    expect(layout).toEqual(net);
    expect(value(await first.load(net.id)).project.positions.get('JA')).toEqual({
      x: 3,
      y: 4,
      pinned: false,
    });
    expect(value(await first.save(net.id, edited(project), net.version)).version).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([]);
  });

  it('over a version another tab replaced stores nothing', async () => {
    const [first, second] = twoTabs();
    const project = beispielkreis();
    const net = value(await first.create(project));
    value(await first.save(net.id, edited(project), net.version));
    const placed = { ...project, positions: new Map([['JA', { x: 3, y: 4, pinned: false }]]) };
    expect(await second.save(net.id, placed, net.version, { layout: true })).toEqual({
      ok: false,
      error: { code: 'conflict', version: 2 },
    });
    const stored = value(await first.load(net.id));
    expect(stored.project.network.partners.map((p) => p.name)).toContain('Jugendamt Auenstadt');
  });
});
