import type { TaskResults, WorkerRequest, WorkerResponse, WorkerTask } from '../../worker/protocol';
// A `?worker` import rather than `new URL(…)`, so that the single-file build can inline the
// worker as a blob (build/single-file.ts); the served app loads it as a file of its own.
import CoreWorker from '../../worker/core.worker.ts?worker';

export interface Progress {
  done: number;
  total: number;
  step: string;
}

export interface RunningTask<T> {
  result: Promise<T>;
  /** Stops the task: the worker is ended and a fresh one serves the next task. */
  cancel(): void;
}

export class TaskCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'TaskCancelled';
  }
}

let worker: Worker | null = null;
let nextId = 1;

function coreWorker(): Worker {
  worker ??= new CoreWorker({ name: 'netzwerkkarte-core' });
  return worker;
}

/** A task waiting for, or running in, the worker. */
interface Queued {
  request: WorkerRequest;
  onMessage(message: WorkerResponse): void;
  onFailure(error: Error): void;
}

/** The tasks in order; only the first runs, so stopping one never costs another its work. */
const queue: Queued[] = [];
let running: { entry: Queued; target: Worker } | null = null;

function startNext(): void {
  const entry = queue[0];
  if (running !== null || entry === undefined) return;
  const target = coreWorker();
  running = { entry, target };
  target.onmessage = (event: MessageEvent<WorkerResponse>) => {
    if (running?.entry === entry && event.data.id === entry.request.id) entry.onMessage(event.data);
  };
  target.onerror = (event: ErrorEvent) => {
    if (running?.entry !== entry) return;
    // A worker that failed (out of memory, a load error) is not used again.
    finish(entry, true);
    entry.onFailure(new Error(event.message || 'worker failed'));
  };
  target.postMessage(entry.request);
}

/** Takes a task off the queue; a task stopped while it runs ends its worker, a fresh one follows. */
function finish(entry: Queued, endWorker: boolean): void {
  const at = queue.indexOf(entry);
  if (at >= 0) queue.splice(at, 1);
  if (running?.entry === entry) {
    if (endWorker) {
      running.target.terminate();
      if (worker === running.target) worker = null;
    }
    running = null;
  }
  startNext();
}

/**
 * Sends a task to the core worker; the page never runs heavy core work itself. Tasks run one after
 * the other in the order sent; cancelling one that waits takes it off the queue.
 */
export function runInWorker<K extends WorkerTask['task']>(
  task: Extract<WorkerTask, { task: K }>,
  onProgress?: (progress: Progress) => void,
): RunningTask<TaskResults[K]> {
  const request: WorkerRequest = { id: nextId++, ...task };
  let settle: { resolve(result: TaskResults[K]): void; reject(error: Error): void } | null = null;
  const result = new Promise<TaskResults[K]>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const queued: Queued = {
    request,
    onMessage(message) {
      if (message.kind === 'progress') {
        onProgress?.(message);
        return;
      }
      finish(queued, false);
      if (message.kind === 'result') settle?.resolve(message.result as TaskResults[K]);
      else settle?.reject(new Error(message.message));
    },
    onFailure: (error) => settle?.reject(error),
  };
  queue.push(queued);
  startNext();
  return {
    result,
    cancel() {
      if (!queue.includes(queued)) return;
      finish(queued, true);
      queued.onFailure(new TaskCancelled());
    },
  };
}
