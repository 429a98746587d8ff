import type { WorkerRequest, WorkerResponse } from './protocol';
import { runTask } from './run-task';

/**
 * One request answered: progress while it runs, then its result or its error. Apart from the
 * worker's global scope, so the app's tests can answer requests in their own thread.
 */
export async function handleRequest(
  request: WorkerRequest,
  post: (message: WorkerResponse) => void,
): Promise<void> {
  const { id, ...task } = request;
  try {
    const result = await runTask(task, (done, total, step) =>
      post({ id, kind: 'progress', done, total, step }),
    );
    post({ id, kind: 'result', result });
  } catch (error) {
    post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
