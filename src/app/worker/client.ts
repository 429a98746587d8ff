import type { TaskResults, WorkerRequest, WorkerResponse, WorkerTask } from '../../worker/protocol';

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
  worker ??= new Worker(new URL('../../worker/core.worker.ts', import.meta.url), {
    type: 'module',
    name: 'netzwerkkarte-core',
  });
  return worker;
}

/** Sends a task to the core worker; the page never runs heavy core work itself. */
export function runInWorker<K extends WorkerTask['task']>(
  task: Extract<WorkerTask, { task: K }>,
  onProgress?: (progress: Progress) => void,
): RunningTask<TaskResults[K]> {
  const id = nextId++;
  const target = coreWorker();
  let settle: { reject(error: Error): void } | null = null;
  const result = new Promise<TaskResults[K]>((resolve, reject) => {
    settle = { reject };
    const listener = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.kind === 'progress') {
        onProgress?.(message);
        return;
      }
      target.removeEventListener('message', listener);
      target.removeEventListener('error', onError);
      if (message.kind === 'result') resolve(message.result as TaskResults[K]);
      else reject(new Error(message.message));
    };
    const onError = (event: ErrorEvent) => {
      target.removeEventListener('message', listener);
      target.removeEventListener('error', onError);
      worker = null;
      target.terminate();
      reject(new Error(event.message || 'worker failed'));
    };
    target.addEventListener('message', listener);
    target.addEventListener('error', onError);
    const request: WorkerRequest = { id, ...task };
    target.postMessage(request);
  });
  return {
    result,
    cancel() {
      if (worker === target) worker = null;
      target.terminate();
      settle?.reject(new TaskCancelled());
    },
  };
}
