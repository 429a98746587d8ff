import {
  PLACE_ID,
  type MetaRecord,
  type NetzwerkkarteDatabase,
  type OpenCallbacks,
  type PendingRecord,
  type PlaceRecord,
  type ProjectRecord,
  type SettingRecord,
  type SummaryRecord,
} from './database';
import { succeed, type StorageResult } from './errors';
import { samePlace, type Place, type Places } from './places';
import { PROTECTION_ID, type ProtectionRecord } from './sealing';
import { atomically, STORES, type ReadTransaction, type WriteTransaction } from './transaction';

/**
 * Moving everything stored to a fresh place (see `places.ts`), so that what was kept before is
 * removed with its files — and nothing is lost should the page close on the way:
 *
 * 1. The new place is noted among the leftovers in the directory, then written completely, in one
 *    transaction. Closed before step 2, the next start removes it: the old place stays current.
 * 2. The old place is marked as moved, in one transaction that first checks nothing was stored
 *    there since it was read (another tab's edit; otherwise all is made again). This is the
 *    commit: from now on every write to the old place is refused, and a start follows the mark.
 * 3. The directory names the new place; the old one is removed with its files and dropped from
 *    the leftovers. Closed before, the next start removes it.
 *
 * Moving, and opening the current place at a start, run under one lock between the tabs.
 */

/** A connection to the current place. */
export interface Opened {
  db: NetzwerkkarteDatabase;
  place: Place;
}

/** Everything stored in a place. */
export interface Everything {
  networks: SummaryRecord[];
  projects: ProjectRecord[];
  pending: PendingRecord[];
  settings: SettingRecord[];
  protection: ProtectionRecord | undefined;
  /** Where it was moved to, if it was. */
  moved: Place | undefined;
}

/** An empty place's records, to fill. */
export function nothing(): Everything {
  return {
    networks: [],
    projects: [],
    pending: [],
    settings: [],
    protection: undefined,
    moved: undefined,
  };
}

/** Thrown by a write into a place whose networks were moved: open the current one and try again. */
export class MovedError extends Error {
  override name = 'NetzwerkkarteMoved';
  constructor() {
    super('netzwerkkarte: the stored networks were moved to another database');
  }
}

const isProtection = (record: MetaRecord): record is ProtectionRecord =>
  record.id === PROTECTION_ID;
const isPlace = (record: MetaRecord): record is PlaceRecord => record.id === PLACE_ID;
const isSetting = (record: MetaRecord): record is SettingRecord => record.id.startsWith('setting:');

export async function everything(tx: ReadTransaction): Promise<Everything> {
  const networks = await tx.objectStore('networks').getAll();
  const projects = await tx.objectStore('projects').getAll();
  const pending = await tx.objectStore('pending').getAll();
  const meta = await tx.objectStore('meta').getAll();
  return {
    networks,
    projects,
    pending,
    settings: meta.filter(isSetting),
    protection: meta.find(isProtection),
    moved: meta.find(isPlace)?.moved,
  };
}

/** A transaction that spans the `meta` store (and maybe others). */
export interface MetaReader {
  objectStore(name: 'meta'): { get(key: string): Promise<MetaRecord | undefined> };
}

/** Refuses, by throwing `MovedError`, to store anything in a place the networks were moved from. */
export async function refuseIfMoved(tx: MetaReader): Promise<void> {
  const record = await tx.objectStore('meta').get(PLACE_ID);
  if (record !== undefined && isPlace(record)) throw new MovedError();
}

/** Nothing was stored between two readings: every version, text, edit and setting the same. */
export function sameStored(a: Everything, b: Everything): boolean {
  const networks = (e: Everything) =>
    e.networks.map((s) => [s.id, s.version, s.deleted, s.changed].join('\u0000')).join('\n');
  const pending = (e: Everything) =>
    e.pending.map((p) => [p.key, p.sequence, p.written].join('\u0000')).join('\n');
  return (
    networks(a) === networks(b) &&
    pending(a) === pending(b) &&
    sameRecords(a.projects, b.projects) &&
    sameRecords(a.settings, b.settings)
  );
}

function sameRecords(
  a: readonly (ProjectRecord | SettingRecord)[],
  b: readonly (ProjectRecord | SettingRecord)[],
): boolean {
  return a.length === b.length && a.every((record, index) => sameRecord(record, b[index]!));
}

function sameRecord(a: ProjectRecord | SettingRecord, b: ProjectRecord | SettingRecord): boolean {
  const parts = (r: ProjectRecord | SettingRecord) => ('parts' in r ? r.parts : undefined);
  if (a.id !== b.id || parts(a) !== parts(b) || a.text !== b.text) return false;
  if (a.sealed === undefined || b.sealed === undefined) return a.sealed === b.sealed;
  const x = new Uint8Array(a.sealed.data);
  const y = new Uint8Array(b.sealed.data);
  return x.length === y.length && x.every((byte, index) => byte === y[index]);
}

const without = (places: readonly Place[], place: Place) =>
  places.filter((other) => !samePlace(other, place));

/** How many moves a start follows at most (each one a place marked as moved). */
const MOVES_FOLLOWED = 8;

/**
 * Opens the current place, under `places.exclusive`: follows a move committed but not yet in the
 * directory, removes the leftovers and — where the browser has storage buckets — moves the
 * networks of the database earlier versions kept into a bucket of their own (`migrate`; should
 * that fail, they stay where they are).
 */
export async function settle(
  places: Places,
  callbacks: OpenCallbacks,
  migrate: (from: Opened) => Promise<StorageResult<Opened>>,
): Promise<StorageResult<Opened>> {
  const read = await places.read();
  if (!read.ok) return read;
  let { current, leftovers } = read.value;
  let noted = current !== null;
  current ??= await places.first();
  for (let step = 0; ; step++) {
    const opened = await places.open(current, callbacks);
    if (!opened.ok) return opened;
    const record = await opened.value.get('meta', PLACE_ID);
    if (record === undefined || !isPlace(record) || step === MOVES_FOLLOWED) {
      if (!noted) await places.write({ current, leftovers });
      await tidy(places, { current, leftovers });
      const here = { db: opened.value, place: current };
      if (!places.inBuckets || current.bucket !== null) return succeed(here);
      const migrated = await migrate(here).catch(() => null);
      return migrated?.ok === true ? migrated : succeed(here);
    }
    opened.value.close();
    leftovers = [...without(leftovers, record.moved), current];
    current = record.moved;
    noted = false;
  }
}

/** Removes the leftover places (each one that is not current) and notes which are gone. */
async function tidy(
  places: Places,
  directory: { current: Place; leftovers: Place[] },
): Promise<void> {
  const { current } = directory;
  let leftovers = without(directory.leftovers, current);
  const before = leftovers.length;
  for (const place of [...leftovers])
    if (await places.remove(place)) leftovers = without(leftovers, place);
  if (leftovers.length !== before || directory.leftovers.length !== before)
    await places.write({ current, leftovers });
}

export interface MoveSteps {
  /** The records for the new place, made from everything stored (sealed anew, or none at all). */
  copy(read: Everything): Promise<StorageResult<Everything>>;
  /**
   * Whether the copy made of `read` may replace what is stored `now`; a refusal is answered as it
   * is, `conflict` makes the caller try again.
   */
  still(read: Everything, now: Everything): StorageResult<void>;
}

/**
 * Moves everything from the current place `from` to a fresh one (the steps above), under
 * `places.exclusive`. Answers the new place, opened; `from` is closed and removed. On a refusal
 * or a failure, `from` stays current and open, and what was written of the new place goes.
 */
export async function move(
  places: Places,
  from: Opened,
  callbacks: OpenCallbacks,
  steps: MoveSteps,
): Promise<StorageResult<Opened>> {
  const read = await everything(from.db.transaction([...STORES], 'readonly'));
  const copy = await steps.copy(read);
  if (!copy.ok) return copy;
  const next = places.next(from.place);
  const directory = await places.read();
  if (!directory.ok) return directory;
  const leftovers = [...without(directory.value.leftovers, next), next];
  await places.write({ current: from.place, leftovers });

  const abandon = async (db: NetzwerkkarteDatabase | null) => {
    db?.close();
    if (await places.remove(next))
      await places.write({ current: from.place, leftovers: without(leftovers, next) });
  };
  const to = await places.open(next, callbacks);
  if (!to.ok) {
    await abandon(null);
    return to;
  }
  try {
    await atomically(to.value, async (tx) => {
      for (const store of STORES) await tx.objectStore(store).clear();
      await putEverything(tx, copy.value);
      return succeed(undefined);
    });
    const committed = await atomically(from.db, async (tx) => {
      const still = steps.still(read, await everything(tx));
      if (!still.ok) return still;
      await tx.objectStore('meta').put({ id: PLACE_ID, moved: next });
      return still;
    });
    if (!committed.ok) {
      await abandon(to.value);
      return committed;
    }
  } catch (error) {
    await abandon(to.value);
    throw error;
  }

  await places.write({ current: next, leftovers: [...without(leftovers, next), from.place] });
  from.db.close();
  if (await places.remove(from.place))
    await places.write({ current: next, leftovers: without(leftovers, next) });
  return succeed({ db: to.value, place: next });
}

async function putEverything(tx: WriteTransaction, records: Everything): Promise<void> {
  for (const record of records.networks) await tx.objectStore('networks').put(record);
  for (const record of records.projects) await tx.objectStore('projects').put(record);
  for (const record of records.pending) await tx.objectStore('pending').put(record);
  for (const record of records.settings) await tx.objectStore('meta').put(record);
  if (records.protection !== undefined) await tx.objectStore('meta').put(records.protection);
}
