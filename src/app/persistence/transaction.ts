import type { IDBPTransaction } from 'idb';
import {
  compactProjectBody,
  compactProjectHeader,
  writeProjectFile,
  type Project,
} from '../../core/project';
import { joinInSteps } from '../in-steps';
import type { NetzwerkkarteDatabase, NetzwerkkarteDB, NetworkSummary } from './database';
import type { StorageResult } from './errors';

export type WriteTransaction = IDBPTransaction<
  NetzwerkkarteDB,
  ['networks', 'projects'],
  'readwrite'
>;

/**
 * One read-write transaction over both stores: what it reads, checks and writes happens as one
 * step, so two tabs saving the same network are put in order by the browser, and a write that
 * fails (a full disk) leaves everything as it was. A refusal (`ok: false`) writes nothing.
 * Requests are awaited one by one; awaiting only IndexedDB keeps the transaction open.
 */
export async function atomically<T>(
  db: NetzwerkkarteDatabase,
  work: (tx: WriteTransaction) => Promise<StorageResult<T>>,
): Promise<StorageResult<T>> {
  const tx = db.transaction(['networks', 'projects'], 'readwrite');
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

/** The copy kept in the browser: compact `.netzwerkkarte.json` text. */
export function storedText(project: Project): string {
  return writeProjectFile(project, { compact: true });
}

/**
 * The part of a project's stored text that does not name or date it, written a slice at a time
 * before the transaction opens (a transaction closes when its task ends without a request): a
 * district's network is several megabytes of text, too much for one task of the page.
 */
export function storedBody(project: Project): Promise<string> {
  return joinInSteps(compactProjectBody(project));
}

/** The stored text of a project whose body `storedBody` wrote. */
export function storedTextWith(project: Project, body: string): string {
  return compactProjectHeader(project) + body + '\n';
}

/**
 * The stored text is kept in parts of at most this many characters. The browser copies what is
 * stored in the call that stores it; a state's network is tens of megabytes of text (0.5–0.8 s in
 * one call at 50,000 partners), while each part is copied in a task of its own.
 */
export const TEXT_PART = 1_000_000;

type ReadTransaction = IDBPTransaction<
  NetzwerkkarteDB,
  ['networks', 'projects'],
  'readonly' | 'readwrite'
>;

const partKey = (id: string, index: number) => `${id}\u0000${index}`;

/** Where to cut a text after at most `size` characters without splitting a surrogate pair. */
function cutsOf(text: string, size: number): number[] {
  const cuts = [0];
  let at = 0;
  while (text.length - at > size) {
    let next = at + size;
    const code = text.charCodeAt(next - 1);
    if (code >= 0xd800 && code <= 0xdbff) next -= 1;
    cuts.push(next);
    at = next;
  }
  cuts.push(text.length);
  return cuts;
}

/** How many parts the stored text of a network has now (none stored: 0). */
async function storedParts(tx: ReadTransaction, id: string): Promise<number> {
  const first = await tx.objectStore('projects').get(id);
  return first === undefined ? 0 : (first.parts ?? 1);
}

/**
 * Stores a summary and, when given, the project's stored text in parts of `partSize` characters,
 * one request after the other (each awaited request keeps the transaction open), and removes parts
 * an earlier, longer text left.
 */
export async function putNetwork(
  tx: WriteTransaction,
  summary: NetworkSummary,
  text: string | null,
  partSize = TEXT_PART,
): Promise<void> {
  await tx.objectStore('networks').put(summary);
  if (text === null) return;
  const projects = tx.objectStore('projects');
  const before = await storedParts(tx, summary.id);
  const cuts = cutsOf(text, partSize);
  const parts = cuts.length - 1;
  await projects.put({ id: summary.id, text: text.slice(0, cuts[1]), parts });
  for (let index = 1; index < parts; index++)
    await projects.put({
      id: partKey(summary.id, index),
      text: text.slice(cuts[index], cuts[index + 1]),
    });
  for (let index = parts; index < before; index++)
    await projects.delete(partKey(summary.id, index));
}

/** The stored text of a network, its parts joined; undefined if it or a part is missing. */
export async function readStoredText(tx: ReadTransaction, id: string): Promise<string | undefined> {
  const projects = tx.objectStore('projects');
  const first = await projects.get(id);
  if (first === undefined) return undefined;
  const rest = await Promise.all(
    Array.from({ length: (first.parts ?? 1) - 1 }, (_, index) =>
      projects.get(partKey(id, index + 1)),
    ),
  );
  if (rest.some((part) => part === undefined)) return undefined;
  return first.text + rest.map((part) => part!.text).join('');
}

export async function deleteNetwork(tx: WriteTransaction, id: string): Promise<void> {
  const parts = await storedParts(tx, id);
  await tx.objectStore('networks').delete(id);
  await tx.objectStore('projects').delete(id);
  for (let index = 1; index < parts; index++)
    await tx.objectStore('projects').delete(partKey(id, index));
}

function abort(tx: WriteTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished: nothing was left to undo.
  }
}
