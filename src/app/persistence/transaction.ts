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

/** Stores a summary and, when given, the project's stored text. */
export async function putNetwork(
  tx: WriteTransaction,
  summary: NetworkSummary,
  text: string | null,
): Promise<void> {
  await tx.objectStore('networks').put(summary);
  if (text !== null) await tx.objectStore('projects').put({ id: summary.id, text });
}

export async function deleteNetwork(tx: WriteTransaction, id: string): Promise<void> {
  await tx.objectStore('networks').delete(id);
  await tx.objectStore('projects').delete(id);
}

function abort(tx: WriteTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished: nothing was left to undo.
  }
}
