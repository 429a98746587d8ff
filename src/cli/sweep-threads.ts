import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  answersInOrder,
  helpersFor,
  sweepBuffers,
  sweepWithHelpers,
  worthSharing,
  type SweepHelper,
  type SweepPartAnswer,
  type SweepPartRequest,
  type SweepRunner,
} from '../core/analysis/parallel-sweep';
import {
  sweepPart,
  sweepPrepared,
  sweepWorkspace,
  type SweepInput,
} from '../core/analysis/path-sweep';

/** Marks a worker thread started to sweep parts of the shortest paths. */
const ROLE = 'netzwerkkarte:sweep';

/** Threads at most, however many cores: each holds a copy of the network and its sweep memory. */
export const MOST_THREADS = 8;

/** The threads the command line uses by default: one a core, as Node counts them. */
export function defaultThreads(): number {
  return Math.min(MOST_THREADS, availableParallelism());
}

/**
 * The command line's sweep: shared out among `threads` worker threads, each with its own copy of
 * the network, when the sweep is large enough to pay for them; else in this thread. The same
 * numbers either way (see `parallel-sweep.ts`).
 */
export function threadedSweep(threads: number): SweepRunner {
  return (input, hooks) => {
    const count = helpersFor(threads, MOST_THREADS);
    const entry = new URL(import.meta.url);
    // A thread runs this module's file, so only the built command line (JavaScript) can start
    // one; run from the TypeScript sources (tests), the sweep stays in this thread.
    if (count === 0 || !worthSharing(input) || !/\.m?js$/u.test(entry.pathname))
      return sweepPrepared(input, hooks);
    const threadsStarted = Array.from({ length: count }, () => startThread(entry, input));
    return sweepWithHelpers(input, threadsStarted, hooks).finally(() =>
      Promise.all(threadsStarted.map((thread) => thread.end())),
    );
  };
}

interface SweepThread extends SweepHelper {
  end(): Promise<unknown>;
}

function startThread(entry: URL, input: SweepInput): SweepThread {
  const worker = new Worker(entry, { workerData: { role: ROLE, input } });
  const parts = answersInOrder((request) => worker.postMessage(request));
  worker.on('message', (answer: SweepPartAnswer) => parts.answer(answer));
  worker.on('error', parts.fail);
  worker.on('exit', (code) => parts.fail(new Error(`sweep thread ended (exit code ${code})`)));
  return { sweep: parts.sweep, end: () => worker.terminate() };
}

/** In a sweep thread: answers each part asked for with its sums, the buffers handed over. */
function serveSweeps(input: SweepInput): void {
  const workspace = sweepWorkspace(input);
  parentPort?.on('message', ({ part }: SweepPartRequest) => {
    let answer: SweepPartAnswer;
    try {
      answer = { part, sweep: sweepPart(input, part, workspace) };
    } catch (error) {
      answer = { part, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(answer, 'sweep' in answer ? sweepBuffers(answer.sweep) : []);
  });
}

// The built command line is one file; started as a sweep thread, it serves sweeps instead.
const started = workerData as { role?: string; input?: SweepInput } | null;
if (!isMainThread && started?.role === ROLE && started.input !== undefined)
  serveSweeps(started.input);
