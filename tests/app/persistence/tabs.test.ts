import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  broadcastChannel,
  createNetworkStorage,
  type NetworkStorage,
  type TabMessage,
} from '../../../src/app/persistence';
import { beispielkreis, ticking, value } from './helpers';

const opened: NetworkStorage[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

/** Two tabs of the app on the same browser profile: one database, one channel name. */
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

function nextMessage(tab: NetworkStorage): Promise<TabMessage> {
  return new Promise((resolve) => {
    const stop = tab.onOtherTab((message) => {
      stop();
      resolve(message);
    });
  });
}

describe('two tabs on the same network', () => {
  it('a save in one tab is announced in the other with the new version', async () => {
    const [first, second] = twoTabs();
    const net = value(await first.create(beispielkreis()));
    const heard = nextMessage(first);
    value(await second.save(net.id, beispielkreis(), net.version));
    expect(await heard).toEqual({ kind: 'saved', id: net.id, version: 2 });
  });

  it('a save over a version another tab has replaced is refused as a conflict, not done silently', async () => {
    const [first, second] = twoTabs();
    const net = value(await first.create(beispielkreis()));
    const theirs = beispielkreis('Stand aus dem anderen Tab');
    value(await second.save(net.id, theirs, net.version));
    expect(await first.save(net.id, beispielkreis('mein Stand'), net.version)).toEqual({
      ok: false,
      error: { code: 'conflict', version: 2 },
    });
    expect(value(await first.load(net.id)).summary).toMatchObject({
      name: 'Stand aus dem anderen Tab',
      version: 2,
    });
  });

  it('the user may choose to keep their own version over the other tab’s', async () => {
    const [first, second] = twoTabs();
    const net = value(await first.create(beispielkreis()));
    value(await second.save(net.id, beispielkreis('anderer Tab'), net.version));
    const kept = value(
      await first.save(net.id, beispielkreis('mein Stand'), net.version, { force: true }),
    );
    expect(kept).toMatchObject({ name: 'mein Stand', version: 3 });
  });

  it('of two saves started at once over the same version, exactly one is taken', async () => {
    const [first, second] = twoTabs();
    const net = value(await first.create(beispielkreis()));
    const results = await Promise.all([
      first.save(net.id, beispielkreis('A'), net.version),
      second.save(net.id, beispielkreis('B'), net.version),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual([
      { code: 'conflict', version: 2 },
    ]);
  });

  it('deleting and the privacy button are announced too', async () => {
    const [first, second] = twoTabs();
    const net = value(await first.create(beispielkreis()));
    const deleted = nextMessage(second);
    value(await first.remove(net.id));
    expect(await deleted).toEqual({ kind: 'deleted', id: net.id });
    const cleared = nextMessage(second);
    value(await first.deleteEverything());
    expect(await cleared).toEqual({ kind: 'cleared' });
  });
});
