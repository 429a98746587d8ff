import type { EarlyKeyFigures } from '../core/analysis/early-key-figures';
import type { Network } from '../core/model/types';
import type { SentRequest, TaskResults, WorkerResponse, WorkerTask } from './protocol';
import type { Progress } from './run-task';

/** The network a worker was sent last: later tasks on the same network come without it. */
export interface KeptNetwork {
  network: Network | null;
}

/**
 * Freezes a kept network, so that no task can change what the next one reads: each task used to
 * get its own copy; now they share one, and a change to it fails loudly instead.
 */
export function freezeNetwork(network: Network): Network {
  for (const partner of network.partners) {
    Object.freeze(partner.offers);
    Object.freeze(partner.attributes);
    Object.freeze(partner);
  }
  for (const tie of network.cooperations) {
    Object.freeze(tie.attributes);
    Object.freeze(tie);
  }
  Object.freeze(network.partners);
  Object.freeze(network.cooperations);
  return Object.freeze(network);
}

/**
 * The task a request stands for: its own network, kept for the tasks after it; or, for a request
 * that came without one, the network kept. Null when the worker has none to give (a fresh worker
 * is always sent the network; this guards against a mistake in the page).
 */
function taskOf<T extends WorkerTask>(
  request: SentRequest,
  kept: KeptNetwork,
): ({ id: number } & T) | null {
  if (!('network' in request)) return request as unknown as { id: number } & T;
  if ('sameNetwork' in request && request.sameNetwork) {
    if (kept.network === null) return null;
    const task: Record<string, unknown> = { ...request, network: kept.network };
    delete task['sameNetwork'];
    return task as unknown as { id: number } & T;
  }
  if (request.network !== null) kept.network = freezeNetwork(request.network);
  return request as unknown as { id: number } & T;
}

/**
 * One request answered by a worker's runner: progress while it runs, then its result or its
 * error. Apart from the worker's global scope, so the app's tests can answer requests in their own
 * thread. `kept` is the worker's memory of the network it was sent last.
 */
export async function handleRequest<T extends WorkerTask>(
  request: SentRequest,
  post: (message: WorkerResponse) => void,
  run: (
    task: T,
    onProgress: Progress,
    onEarlyKeyFigures: (figures: EarlyKeyFigures) => void,
  ) => Promise<unknown>,
  kept: KeptNetwork,
): Promise<void> {
  const full = taskOf<T>(request, kept);
  if (full === null) {
    post({ id: request.id, kind: 'error', message: 'The worker keeps no network for this task.' });
    return;
  }
  const { id, ...task } = full;
  try {
    const result = await run(
      task as unknown as T,
      (done, total, step) => post({ id, kind: 'progress', done, total, step }),
      (figures) => post({ id, kind: 'early-key-figures', figures }),
    );
    post({ id, kind: 'result', result: result as TaskResults[WorkerTask['task']] });
  } catch (error) {
    post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
