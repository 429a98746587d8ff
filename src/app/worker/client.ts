import type { EarlyKeyFigures } from '../../core/analysis/early-key-figures';
import type { Network } from '../../core/model/types';
import type {
  SentRequest,
  TaskResults,
  WorkerRequest,
  WorkerResponse,
  WorkerTask,
} from '../../worker/protocol';
// A `?worker` import rather than `new URL(…)`, so that the single-file build can inline the
// worker as a blob (build/single-file.ts); the served app loads it as a file of its own.
import CoreWorker from '../../worker/core.worker.ts?worker';
import ExportWorker from '../../worker/export.worker.ts?worker';
import { nextTask } from '../in-steps';

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

let nextId = 1;

/** A task waiting for, or running in, a worker. */
interface Queued {
  request: WorkerRequest;
  onMessage(message: WorkerResponse): void;
  onFailure(error: Error): void;
}

/**
 * One core worker and the tasks in its order; only the first runs, so stopping one never costs
 * another its work. A task stopped while it runs ends the worker; a fresh one serves the next.
 */
class Lane {
  private worker: Worker | null = null;

  constructor(private readonly make: () => Worker) {}
  private readonly queue: Queued[] = [];
  private running: { entry: Queued; target: Worker } | null = null;
  /** The network last sent to which worker: that worker keeps it for the tasks after. */
  private given: { target: Worker; network: Network } | null = null;

  /** Starts the worker ahead of its first task (its script is fetched and evaluated meanwhile). */
  start(): void {
    this.worker ??= this.make();
  }

  add(entry: Queued): void {
    this.queue.push(entry);
    this.startNext();
  }

  has(entry: Queued): boolean {
    return this.queue.includes(entry);
  }

  finish(entry: Queued, endWorker: boolean): void {
    const at = this.queue.indexOf(entry);
    if (at >= 0) this.queue.splice(at, 1);
    if (this.running?.entry === entry) {
      if (endWorker) {
        this.running.target.terminate();
        if (this.worker === this.running.target) this.worker = null;
      }
      this.running = null;
    }
    this.startNext();
  }

  private startNext(): void {
    const entry = this.queue[0];
    if (this.running !== null || entry === undefined) return;
    this.start();
    const target = this.worker!;
    this.running = { entry, target };
    target.onmessage = (event: MessageEvent<WorkerResponse>) => {
      if (this.running?.entry === entry && event.data.id === entry.request.id)
        entry.onMessage(event.data);
    };
    target.onerror = (event: ErrorEvent) => {
      if (this.running?.entry !== entry) return;
      // A worker that failed (out of memory, a load error) is not used again.
      this.finish(entry, true);
      entry.onFailure(new Error(event.message || 'worker failed'));
    };
    // Sent in a task of its own: copying a district's network to the worker takes tens of
    // milliseconds, and the task that asked is often a click that already redraws the page.
    void nextTask().then(() => {
      if (this.running?.entry === entry) target.postMessage(this.toSend(entry.request, target));
    });
  }

  /**
   * The request as sent: without its network when this worker was sent the same one last (the
   * app's networks are never changed in place: an edit makes a new one). A new worker (after a
   * stop or a failure) is sent it again.
   */
  private toSend(request: WorkerRequest, target: Worker): SentRequest {
    if (!('network' in request)) return request;
    const { network } = request;
    if (this.given?.target === target && this.given.network === network)
      return { ...request, network: null, sameNetwork: true };
    this.given = { target, network };
    return request;
  }
}

/**
 * The analysis has a worker of its own: on a large network it runs for seconds (half a minute at
 * 50,000 partners), and the gaps, doubles or an import must not wait behind it.
 */
const coreWorker = () => new CoreWorker({ name: 'netzwerkkarte-core' });
const analysisLane = new Lane(coreWorker);
const otherLane = new Lane(coreWorker);
/** Export files are written by a worker of their own, loaded with the first export. */
const exportLane = new Lane(() => new ExportWorker({ name: 'netzwerkkarte-export' }));
const laneFor = (task: WorkerTask): Lane =>
  task.task === 'analyse'
    ? analysisLane
    : task.task === 'export' || task.task === 'map-picture'
      ? exportLane
      : otherLane;

/**
 * Starts the worker that reads networks now, before its first task: at the app's start this runs
 * while the browser opens its storage, so reading the network (the sample, or the one kept) does
 * not wait for the worker to load. The analysis worker starts with the analysis: loading both at
 * once on a two-core computer delayed the first map rather than bringing it forward.
 */
export function startImportWorker(): void {
  otherLane.start();
}

/**
 * Sends a task to a core worker; the page never runs heavy core work itself. Tasks run one after
 * the other in the order sent (the analysis beside the others, see `analysisLane`); cancelling one
 * that waits takes it off the queue.
 */
export function runInWorker<K extends WorkerTask['task']>(
  task: Extract<WorkerTask, { task: K }>,
  onProgress?: (progress: Progress) => void,
  /** The analysis' key figures, before the rest of it (see `AnalysisOptions.onEarlyKeyFigures`). */
  onEarlyKeyFigures?: (figures: EarlyKeyFigures) => void,
): RunningTask<TaskResults[K]> {
  const request: WorkerRequest = { id: nextId++, ...task };
  let settle: { resolve(result: TaskResults[K]): void; reject(error: Error): void } | null = null;
  const result = new Promise<TaskResults[K]>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const lane = laneFor(task);
  const queued: Queued = {
    request,
    onMessage(message) {
      if (message.kind === 'progress') {
        onProgress?.(message);
        return;
      }
      if (message.kind === 'early-key-figures') {
        onEarlyKeyFigures?.(message.figures);
        return;
      }
      lane.finish(queued, false);
      if (message.kind === 'result') settle?.resolve(message.result as TaskResults[K]);
      else settle?.reject(new Error(message.message));
    },
    onFailure: (error) => settle?.reject(error),
  };
  lane.add(queued);
  return {
    result,
    cancel() {
      if (!lane.has(queued)) return;
      lane.finish(queued, true);
      queued.onFailure(new TaskCancelled());
    },
  };
}
