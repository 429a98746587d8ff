import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changesBetween,
  pendingKey,
  PROTECTION_ITERATIONS,
  type NetworkStorage,
  type NetworkStorageOptions,
} from '../../../src/app/persistence';
import { createPartner } from '../../../src/core/model/types';
import type { Project } from '../../../src/core/project';
import { beispielkreis, freshStorage, rawRecords, value } from './helpers';

const CLINIC = 'Geburtsklinik Quendelhain';
const MIDWIFE = 'Hebammenpraxis Zwirbelgrund';
const IN_STAND = 'Familienzentrum Ohnsorgweiler';
const NETWORK = 'Netzwerk Frühe Hilfen Kraxelstadt';
const PASSWORD = 'Sonnenblume-im-Jugendamt 2025';
const NAMES = [CLINIC, MIDWIFE, IN_STAND, NETWORK];

const opened: NetworkStorage[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

/** A tab of the app on the given browser's IndexedDB; few PBKDF2 iterations unless asked. */
function tab(factory: IDBFactory, options: NetworkStorageOptions = {}): NetworkStorage {
  const s = freshStorage({ indexedDB: factory, iterations: 1_000, ...options });
  opened.push(s);
  return s;
}

/** A network with a pinned partner and a Stand holding a partner that today's network no longer has. */
function kraxelstadt(): Project {
  const project = beispielkreis(NETWORK);
  project.network.partners.push(createPartner({ id: 'GK', name: CLINIC }));
  project.positions.set('GK', { x: 3, y: 4, pinned: true });
  project.stands = [
    {
      name: 'Stand 2024',
      taken: '2024-12-31T12:00:00.000Z',
      network: {
        partners: [createPartner({ id: 'FZ', name: IN_STAND })],
        cooperations: [],
      },
      offers: [],
      memberships: [],
    },
  ];
  return project;
}

/** The same project with the midwife's practice added, as an edit written ahead of its save. */
function withMidwife(project: Project): Project {
  return {
    ...project,
    network: {
      ...project.network,
      partners: [...project.network.partners, createPartner({ id: 'HZ', name: MIDWIFE })],
    },
  };
}

/** A browser with a stored network, one deleted network and an edit written ahead, not saved. */
async function storedWithPendingEdit(factory: IDBFactory) {
  const browser = tab(factory);
  const project = kraxelstadt();
  const net = value(await browser.create(project));
  const gone = value(await browser.create(beispielkreis(`${NETWORK} alt`)));
  value(await browser.remove(gone.id));
  value(
    await browser.writeAhead({
      key: pendingKey(net.id, 'tab-a'),
      network: net.id,
      tab: 'tab-a',
      base: net.version,
      sequence: 1,
      written: '2025-03-14T09:00:00.000Z',
      changes: changesBetween(project, withMidwife(project)),
    }),
  );
  return { browser, net, gone };
}

describe('password protection of the stored networks', () => {
  it('without it, the raw records name every partner (so the scan below can find them)', async () => {
    const factory = new IDBFactory();
    await storedWithPendingEdit(factory);
    const raw = await rawRecords(factory);
    for (const name of NAMES) expect(raw).toContain(name);
  });

  it('with it on, no record of any store holds a partner or network name, the edits written ahead included', async () => {
    const factory = new IDBFactory();
    const { browser, net } = await storedWithPendingEdit(factory);
    value(await browser.protect(PASSWORD));
    // What is stored after turning it on is sealed as well: a save and a new write-ahead.
    const loaded = value(await browser.load(net.id));
    value(await browser.save(net.id, withMidwife(loaded.project), loaded.summary.version));
    value(
      await browser.writeAhead({
        ...loaded.pending[0]!,
        key: pendingKey(net.id, 'tab-b'),
        tab: 'tab-b',
      }),
    );
    value(await browser.create(beispielkreis(`${NETWORK} neu`)));
    const raw = await rawRecords(factory);
    for (const name of [...NAMES, 'Jugendamt', 'Hebammenpraxis', PASSWORD])
      expect(raw).not.toContain(name);
    expect(raw).toContain('"sealed"');
  });

  it('a sealed edit written ahead keeps the settings it changed (the survey)', async () => {
    const factory = new IDBFactory();
    const { browser, net } = await storedWithPendingEdit(factory);
    value(await browser.protect(PASSWORD));
    const loaded = value(await browser.load(net.id));
    const project = loaded.project;
    const surveyed = { ...project, settings: new Map([['survey', `{"round":"${MIDWIFE}"}`]]) };
    value(
      await browser.writeAhead({
        ...loaded.pending[0]!,
        key: pendingKey(net.id, 'tab-b'),
        tab: 'tab-b',
        changes: changesBetween(project, surveyed),
      }),
    );
    expect(await rawRecords(factory)).not.toContain(MIDWIFE);
    const again = value(await browser.load(net.id));
    const edit = again.pending.find((p) => p.tab === 'tab-b');
    expect([...(edit?.changes.settings ?? [])]).toEqual([['survey', `{"round":"${MIDWIFE}"}`]]);
  });

  it('the key comes from PBKDF2-SHA-256 with 600,000 iterations and a random salt; only salt, count and a verifier are kept', async () => {
    const first = new IDBFactory();
    const second = new IDBFactory();
    value(await tab(first, { iterations: undefined }).protect(PASSWORD));
    value(await tab(second).protect(PASSWORD));
    const meta = (raw: string) =>
      (JSON.parse(raw) as [Record<string, unknown>[]])[0][0] as Record<string, unknown>;
    const a = meta(await rawRecords(first));
    const b = meta(await rawRecords(second));
    expect(PROTECTION_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(a).toMatchObject({ id: 'protection', kdf: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(Object.keys(a).sort()).toEqual(['id', 'iterations', 'kdf', 'salt', 'verifier']);
    expect(a['salt']).not.toEqual(b['salt']);
    expect(JSON.stringify(a)).not.toContain(PASSWORD);
  });

  it('every sealed record has an IV of its own', async () => {
    const factory = new IDBFactory();
    const { browser } = await storedWithPendingEdit(factory);
    value(await browser.protect(PASSWORD));
    const ivs: string[] = [];
    JSON.parse(await rawRecords(factory), (key, item: unknown) => {
      if (key === 'iv') ivs.push(JSON.stringify(item));
      return item;
    });
    // The verifier, two summaries (one deleted), two texts and one edit written ahead.
    expect(ivs).toHaveLength(6);
    expect(new Set(ivs).size).toBe(ivs.length);
  });

  it('after a reload it asks for the password, refuses a wrong one and opens everything with the right one', async () => {
    const factory = new IDBFactory();
    const { browser, net } = await storedWithPendingEdit(factory);
    const before = value(await browser.load(net.id));
    value(await browser.protect(PASSWORD));
    browser.close();

    const reloaded = tab(factory);
    expect(value(await reloaded.protection())).toBe('locked');
    expect(await reloaded.list()).toEqual({ ok: false, error: { code: 'locked' } });
    expect(await reloaded.load(net.id)).toEqual({ ok: false, error: { code: 'locked' } });
    expect(await reloaded.unlock('sonnenblume-im-jugendamt 2025')).toEqual({
      ok: false,
      error: { code: 'wrong-password' },
    });
    expect(value(await reloaded.protection())).toBe('locked');
    value(await reloaded.unlock(PASSWORD));
    expect(value(await reloaded.protection())).toBe('on');
    expect(value(await reloaded.list()).map((s) => s.name)).toEqual([NETWORK]);
    expect(value(await reloaded.listDeleted()).map((s) => s.name)).toEqual([`${NETWORK} alt`]);
    expect(value(await reloaded.load(net.id))).toEqual(before);
  });

  it('on, a new password and off again keep every network, Stand, pinned place and edit written ahead', async () => {
    const factory = new IDBFactory();
    const { browser, net, gone } = await storedWithPendingEdit(factory);
    const before = value(await browser.load(net.id));
    expect(before.pending[0]!.changes.partners.get('HZ')?.name).toBe(MIDWIFE);

    value(await browser.protect(PASSWORD));
    expect(value(await browser.load(net.id))).toEqual(before);
    expect(await browser.changePassword('falsch', 'neu')).toEqual({
      ok: false,
      error: { code: 'wrong-password' },
    });
    value(await browser.changePassword(PASSWORD, 'Kornblume 2026'));
    expect(value(await browser.load(net.id))).toEqual(before);
    expect(await tab(factory).unlock(PASSWORD)).toEqual({
      ok: false,
      error: { code: 'wrong-password' },
    });
    expect(await browser.unprotect(PASSWORD)).toEqual({
      ok: false,
      error: { code: 'wrong-password' },
    });
    value(await browser.unprotect('Kornblume 2026'));
    expect(value(await browser.protection())).toBe('off');

    const after = tab(factory);
    expect(value(await after.protection())).toBe('off');
    expect(value(await after.load(net.id))).toEqual(before);
    expect(value(await after.listDeleted()).map((s) => s.id)).toEqual([gone.id]);
    const raw = await rawRecords(factory);
    expect(raw).toContain(MIDWIFE);
    expect(raw).not.toContain('"sealed"');
  });

  it('another tab without the key stores nothing readable once the protection is on', async () => {
    const factory = new IDBFactory();
    const { browser, net } = await storedWithPendingEdit(factory);
    const other = tab(factory);
    const theirs = value(await other.load(net.id));
    value(await browser.protect(PASSWORD));
    const edited = withMidwife(theirs.project);
    expect(await other.save(net.id, edited, theirs.summary.version)).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(
      await other.writeAhead({ ...theirs.pending[0]!, key: pendingKey(net.id, 'tab-c') }),
    ).toEqual({ ok: false, error: { code: 'locked' } });
    expect(await other.create(kraxelstadt())).toEqual({ ok: false, error: { code: 'locked' } });
    for (const name of NAMES) expect(await rawRecords(factory)).not.toContain(name);
    expect(value(await other.protection())).toBe('locked');
  });

  it('"delete everything" needs no password and leaves no protection behind', async () => {
    const factory = new IDBFactory();
    const { browser } = await storedWithPendingEdit(factory);
    value(await browser.protect(PASSWORD));
    browser.close();
    const forgotten = tab(factory);
    expect(value(await forgotten.protection())).toBe('locked');
    value(await forgotten.deleteEverything());
    expect(value(await forgotten.protection())).toBe('off');
    expect(value(await forgotten.list())).toEqual([]);
    expect(await rawRecords(factory)).toBe('[[],[],[],[]]');
  });
});
