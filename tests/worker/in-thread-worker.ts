import { vi } from 'vitest';
import { handleRequest, type KeptNetwork } from '../../src/worker/handle-request';
import type { CoreTask, SentRequest, WorkerResponse } from '../../src/worker/protocol';
import { runExportTask } from '../../src/worker/run-export';
import { runTask } from '../../src/worker/run-task';

/** How the next workers behave: answer, or die the way a browser reports it (out of memory). */
export const workers = {
  failing: null as string | null,
  made: 0,
  ended: 0,
  requests: [] as string[],
  /** For each request, whether it brought its network along (null: the task has none). */
  networks: [] as (boolean | null)[],
};

/**
 * A stand-in for the browser's Worker (jsdom and Node have none): it answers each request with
 * the worker's own handler in this thread, one turn of the event loop later, and passes messages
 * through structured clone both ways, as the browser does.
 */
class InThreadWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private ended = false;
  /** Each worker keeps the network it was sent last, as the browser's workers do. */
  private readonly kept: KeptNetwork = { network: null };

  constructor() {
    workers.made += 1;
  }

  postMessage(request: SentRequest): void {
    const copy = structuredClone(request);
    workers.requests.push(copy.task);
    workers.networks.push('network' in copy ? copy.network !== null : null);
    setTimeout(() => {
      if (this.ended) return;
      if (workers.failing !== null) {
        this.onerror?.({ message: workers.failing } as ErrorEvent);
        return;
      }
      const answer = (message: WorkerResponse) => this.answer(message);
      if (copy.task === 'export' || copy.task === 'map-picture')
        void handleRequest(copy, answer, runExportTask, this.kept);
      else
        void handleRequest<CoreTask>(
          copy,
          answer,
          (task, onProgress, onEarlyKeyFigures) =>
            runTask(task, onProgress, undefined, onEarlyKeyFigures),
          this.kept,
        );
    });
  }

  terminate(): void {
    this.ended = true;
    workers.ended += 1;
  }

  private answer(message: WorkerResponse): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!this.ended) this.onmessage?.({ data: copy } as MessageEvent<WorkerResponse>);
    });
  }
}

/** Puts the stand-in in place of the browser's Worker for the test file. */
export function useInThreadWorker(): void {
  vi.stubGlobal('Worker', InThreadWorker);
}
