import type { IDBPTransaction } from 'idb';
import { compactProjectBody, compactProjectHeader, type Project } from '../../core/project';
import { collectInSteps } from '../in-steps';
import type {
  NetzwerkkarteDatabase,
  NetzwerkkarteDB,
  PendingRecord,
  ProjectRecord,
  SummaryRecord,
} from './database';
import type { StorageResult } from './errors';

/** Every transaction spans all four stores, so reads and writes are put in one order. */
export const STORES = ['networks', 'projects', 'pending', 'meta'] as const;
type Stores = ['networks', 'projects', 'pending', 'meta'];

export type WriteTransaction = IDBPTransaction<NetzwerkkarteDB, Stores, 'readwrite'>;

/**
 * One read-write transaction over all stores: what it reads, checks and writes happens as one
 * step, so two tabs saving the same network are put in order by the browser, and a write that
 * fails (a full disk) leaves everything as it was. A refusal (`ok: false`) writes nothing.
 * Requests are awaited one by one; awaiting only IndexedDB keeps the transaction open.
 */
export async function atomically<T>(
  db: NetzwerkkarteDatabase,
  work: (tx: WriteTransaction) => Promise<StorageResult<T>>,
): Promise<StorageResult<T>> {
  const tx = db.transaction([...STORES], 'readwrite');
  const finished = tx.done.then(
    () => null,
    (error: unknown) => error ?? new Error('transaction aborted'),
  );
  let result: StorageResult<T>;
  try {
    result = await work(tx);
  } catch (error) {
    abort(tx);
    await finished;
    throw error;
  }
  if (!result.ok) abort(tx);
  const failure = await finished;
  if (result.ok && failure !== null) throw failure;
  return result;
}

/**
 * The copy kept in the browser: compact `.netzwerkkarte.json` text, as the pieces
 * `compactProjectBody` writes with the header before them. Stored in parts (`putNetwork`), it is
 * never joined into one string of tens of megabytes.
 */
export function storedPieces(project: Project): string[] {
  return storedPiecesWith(project, [...compactProjectBody(project)]);
}

/**
 * The pieces of a project's stored text that do not name or date it, written a slice at a time
 * before the transaction opens (a transaction closes when its task ends without a request): a
 * district's network is several megabytes of text, too much for one task of the page.
 */
export function storedBody(project: Project): Promise<string[]> {
  return collectInSteps(compactProjectBody(project));
}

/** The stored pieces of a project whose body `storedBody` wrote. */
export function storedPiecesWith(project: Project, body: readonly string[]): string[] {
  return [compactProjectHeader(project), ...body, '\n'];
}

/**
 * The stored text is kept in parts of at most this many characters. The browser copies what is
 * stored in the call that stores it; a state's network is tens of megabytes of text (0.5–0.8 s in
 * one call at 50,000 partners), while each part is copied in a task of its own.
 */
export const TEXT_PART = 1_000_000;

export type ReadTransaction = IDBPTransaction<NetzwerkkarteDB, Stores, 'readonly' | 'readwrite'>;

const partKey = (id: string, index: number) => `${id}\u0000${index}`;

/** The keys the parts of a network's stored text are kept under. */
export const partKeys = (id: string, count: number) =>
  Array.from({ length: count }, (_, index) => (index === 0 ? id : partKey(id, index)));

/** The stored text in parts of at most `size` characters (see `partsOf`). */
export function partTexts(pieces: readonly string[], size: number): string[] {
  return partsOf(pieces, size).map((part) => part.join(''));
}

/**
 * The pieces grouped into parts of at most `size` characters (a piece longer than that is cut, but
 * never inside a surrogate pair); each part is joined only when it is stored.
 */
function partsOf(pieces: readonly string[], size: number): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let length = 0;
  const close = () => {
    parts.push(part);
    part = [];
    length = 0;
  };
  for (let piece of pieces) {
    while (length + piece.length > size) {
      let room = size - length;
      const code = piece.charCodeAt(room - 1);
      if (code >= 0xd800 && code <= 0xdbff) room -= 1;
      if (room <= 0 && length === 0) room = 2; // a part of one character outside the BMP
      part.push(piece.slice(0, room));
      piece = piece.slice(room);
      close();
    }
    if (piece !== '') {
      part.push(piece);
      length += piece.length;
    }
  }
  if (length > 0 || parts.length === 0) close();
  return parts;
}

/** How many parts the stored text of a network has now (none stored: 0). */
async function storedParts(tx: ReadTransaction, id: string): Promise<number> {
  const first = await tx.objectStore('projects').get(id);
  return first === undefined ? 0 : (first.parts ?? 1);
}

/**
 * Stores a summary and, when given, the records of the project's stored text (`partRecords`,
 * made before the transaction: sealing them is not a request of IndexedDB and would let it
 * close), one request after the other (each awaited request keeps the transaction open), and
 * removes parts an earlier, longer text left.
 */
export async function putNetwork(
  tx: WriteTransaction,
  summary: SummaryRecord,
  parts: readonly ProjectRecord[] | null,
): Promise<void> {
  await tx.objectStore('networks').put(summary);
  if (parts === null) return;
  const projects = tx.objectStore('projects');
  const before = await storedParts(tx, summary.id);
  for (const part of parts) await projects.put(part);
  for (let index = parts.length; index < before; index++)
    await projects.delete(partKey(summary.id, index));
}

/** The stored records of a network's text, in order; undefined if it or a part is missing. */
export async function readStoredParts(
  tx: ReadTransaction,
  id: string,
): Promise<ProjectRecord[] | undefined> {
  const projects = tx.objectStore('projects');
  const first = await projects.get(id);
  if (first === undefined) return undefined;
  const rest = await Promise.all(
    Array.from({ length: (first.parts ?? 1) - 1 }, (_, index) =>
      projects.get(partKey(id, index + 1)),
    ),
  );
  if (rest.some((part) => part === undefined)) return undefined;
  return [first, ...(rest as ProjectRecord[])];
}

export async function deleteNetwork(tx: WriteTransaction, id: string): Promise<void> {
  const parts = await storedParts(tx, id);
  await tx.objectStore('networks').delete(id);
  await tx.objectStore('projects').delete(id);
  for (let index = 1; index < parts; index++)
    await tx.objectStore('projects').delete(partKey(id, index));
  for (const edit of await pendingRecords(tx, id)) await tx.objectStore('pending').delete(edit.key);
}

/** The records of every tab's edits written ahead for a network and not yet saved, oldest first. */
export async function pendingRecords(
  tx: ReadTransaction,
  network: string,
): Promise<PendingRecord[]> {
  return (await tx.objectStore('pending').getAll())
    .filter((edit) => edit.network === network)
    .sort((a, b) => a.written.localeCompare(b.written) || a.sequence - b.sequence);
}

/** A saved version contains the tab's edits up to `sequence`: those written ahead are done. */
export async function settlePending(
  tx: WriteTransaction,
  key: string,
  sequence: number,
): Promise<void> {
  const pending = await tx.objectStore('pending').get(key);
  if (pending !== undefined && pending.sequence <= sequence)
    await tx.objectStore('pending').delete(key);
}

function abort(tx: WriteTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished: nothing was left to undo.
  }
}
