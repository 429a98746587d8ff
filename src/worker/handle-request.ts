import type { TaskResults, WorkerResponse, WorkerTask } from './protocol';
import type { Progress } from './run-task';

/**
 * One request answered by a worker's runner: progress while it runs, then its result or its
 * error. Apart from the worker's global scope, so the app's tests can answer requests in their own
 * thread.
 */
export async function handleRequest<T extends WorkerTask>(
  request: { id: number } & T,
  post: (message: WorkerResponse) => void,
  run: (task: T, onProgress: Progress) => Promise<unknown>,
): Promise<void> {
  const { id, ...task } = request;
  try {
    const result = await run(task as unknown as T, (done, total, step) =>
      post({ id, kind: 'progress', done, total, step }),
    );
    post({ id, kind: 'result', result: result as TaskResults[WorkerTask['task']] });
  } catch (error) {
    post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
