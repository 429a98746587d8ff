/// <reference lib="webworker" />
import {
  answersInOrder,
  helpersFor,
  sweepWithHelpers,
  worthSharing,
  type SweepHelper,
  type SweepPartAnswer,
  type SweepRunner,
} from '../core/analysis/parallel-sweep';
import { sweepPrepared, type PathSweep, type SweepInput } from '../core/analysis/path-sweep';
import { isAnalysisCancelled, type ProgressHooks } from '../core/analysis/progress';
// Inline (a `blob:` worker started from the analysis worker) in both builds: the single page
// opened from disk can load no worker file, and the served app then needs no file more.
import SweepWorker from './sweep.worker.ts?worker&inline';

/** Web workers at most: each holds a copy of the network and 25 MB of sweep memory at 50,000. */
const MOST_WORKERS = 4;

/**
 * The analysis worker's sweep: shared out among web workers started from it (one a core the
 * browser reports, at most {@link MOST_WORKERS}; none with one core or for a small sweep), each
 * sent its own copy of the network (no shared memory, so it works from a static server and from
 * disk). Ending the analysis worker (the stop button) ends them with it. A browser that cannot
 * start workers from a worker sweeps in the analysis worker, with the same result.
 */
export function webWorkerSweep(): SweepRunner {
  return (input, hooks) => {
    const count = helpersFor(self.navigator.hardwareConcurrency, MOST_WORKERS);
    if (count === 0 || !worthSharing(input) || typeof Worker === 'undefined')
      return sweepPrepared(input, hooks);
    return shared(input, hooks, count);
  };
}

/** The sweep on `count` web workers; if they fail (not a stop), in the analysis worker instead. */
async function shared(input: SweepInput, hooks: ProgressHooks, count: number): Promise<PathSweep> {
  const helpers: WorkerHelper[] = [];
  try {
    for (let i = 0; i < count; i += 1) helpers.push(startHelper(input));
    return await sweepWithHelpers(input, helpers, hooks);
  } catch (error) {
    if (isAnalysisCancelled(error)) throw error;
    return sweepPrepared(input, hooks);
  } finally {
    for (const helper of helpers) helper.end();
  }
}

interface WorkerHelper extends SweepHelper {
  end(): void;
}

function startHelper(input: SweepInput): WorkerHelper {
  const worker = new SweepWorker({ name: 'netzwerkkarte-sweep' });
  const parts = answersInOrder((request) => worker.postMessage(request));
  worker.onmessage = (event: MessageEvent<SweepPartAnswer>) => parts.answer(event.data);
  worker.onerror = (event: ErrorEvent) =>
    parts.fail(new Error(event.message || 'sweep worker failed'));
  worker.postMessage({ input });
  return { sweep: parts.sweep, end: () => worker.terminate() };
}
