import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNetworkStorage, type NetworkStorage } from '../../../src/app/persistence';
import { beispielkreis, freshStorage, value } from './helpers';

const opened: NetworkStorage[] = [];
function storage(...args: Parameters<typeof freshStorage>): NetworkStorage {
  const s = freshStorage(...args);
  opened.push(s);
  return s;
}
afterEach(() => {
  vi.restoreAllMocks();
  opened.splice(0).forEach((s) => s.close());
});

/** The disk is full from now on: writing a project file fails as browsers report it. */
function fillTheDisk(): void {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === 'projects')
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

describe('when the disk is full', () => {
  it('a save answers quota-exceeded and what was saved before is still there, whole', async () => {
    const browser = storage();
    const saved = value(await browser.create(beispielkreis()));
    const bigger = beispielkreis();
    bigger.network = {
      ...bigger.network,
      partners: [
        ...bigger.network.partners,
        { ...bigger.network.partners[0]!, id: 'NEU', name: 'Neuer Partner' },
      ],
    };
    fillTheDisk();
    expect(await browser.save(saved.id, bigger, saved.version)).toEqual({
      ok: false,
      error: { code: 'quota-exceeded' },
    });
    expect(await browser.create(bigger)).toEqual({ ok: false, error: { code: 'quota-exceeded' } });
    vi.restoreAllMocks();
    const after = value(await browser.load(saved.id));
    expect(after.summary).toEqual(saved);
    expect(after.project.network.partners).toHaveLength(2);
    expect(value(await browser.list())).toEqual([saved]);
  });

  it('a later save, once there is room again, builds on the version that was kept', async () => {
    const browser = storage();
    const saved = value(await browser.create(beispielkreis()));
    fillTheDisk();
    await browser.save(saved.id, beispielkreis(), saved.version);
    vi.restoreAllMocks();
    expect(value(await browser.save(saved.id, beispielkreis(), saved.version)).version).toBe(2);
  });
});

describe('when IndexedDB cannot be used', () => {
  it('without IndexedDB every operation answers unavailable and nothing throws', async () => {
    const browser = createNetworkStorage({ indexedDB: undefined, channel: null });
    const answers = await Promise.all([
      browser.list(),
      browser.create(beispielkreis()),
      browser.load('x'),
      browser.save('x', beispielkreis(), 1),
      browser.deleteEverything(),
    ]);
    for (const answer of answers)
      expect(answer).toEqual({ ok: false, error: { code: 'unavailable' } });
    browser.close();
  });

  it('a private window that refuses to open the database answers unavailable', async () => {
    const refusing = {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    const browser = storage({ indexedDB: refusing });
    expect(await browser.list()).toEqual({ ok: false, error: { code: 'unavailable' } });
  });

  it('an open that fails with an error event answers unavailable', async () => {
    const failing = {
      open() {
        const request = new EventTarget() as IDBOpenDBRequest;
        Object.defineProperty(request, 'error', {
          value: new DOMException('gone', 'UnknownError'),
        });
        setTimeout(() => request.dispatchEvent(new Event('error')));
        return request;
      },
    } as unknown as IDBFactory;
    expect(await storage({ indexedDB: failing }).list()).toEqual({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('an open blocked by another tab answers blocked, and the next attempt tries again', async () => {
    let attempts = 0;
    const real = new IDBFactory();
    const blockedOnce = {
      open(name: string, version?: number) {
        attempts += 1;
        if (attempts > 1) return real.open(name, version);
        const request = new EventTarget() as IDBOpenDBRequest;
        setTimeout(() => request.dispatchEvent(new Event('blocked')));
        return request;
      },
    } as unknown as IDBFactory;
    const browser = storage({ indexedDB: blockedOnce });
    expect(await browser.list()).toEqual({ ok: false, error: { code: 'blocked' } });
    expect(await browser.list()).toEqual({ ok: true, value: [] });
  });

  it('after a newer Netzwerkkarte in another tab upgraded the database, this tab answers unavailable', async () => {
    const factory = new IDBFactory();
    const browser = storage({ indexedDB: factory });
    const net = value(await browser.create(beispielkreis()));
    // The other tab's upgrade closes this tab's connection; reopening finds a newer version.
    await new Promise<void>((resolve) => {
      const request = factory.open('netzwerkkarte', 4);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(await browser.load(net.id)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
