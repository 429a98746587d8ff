/// <reference lib="webworker" />
import type { WorkerRequest, WorkerResponse } from './protocol';
import { runTask } from './run-task';

// A thin adapter: message in → core → message out, with progress events.
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, ...task } = event.data;
  try {
    const result = await runTask(task, (done, total, step) =>
      post({ id, kind: 'progress', done, total, step }),
    );
    post({ id, kind: 'result', result });
  } catch (error) {
    post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
