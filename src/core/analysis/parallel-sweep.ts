import {
  addSweepPart,
  emptySweep,
  sweepPartCount,
  sweepPrepared,
  sweptInPart,
  type PathSweep,
  type SweepInput,
} from './path-sweep';
import { checkStop, type ProgressHooks } from './progress';

/**
 * A thread that sweeps parts: it holds its own copy of the sweep's input and answers with a
 * part's sums (see `sweepPart`), in the order the parts were asked for. Made by the platform
 * (worker threads in the command line, web workers in the app); the core only decides what each
 * is given and adds up what comes back.
 */
export interface SweepHelper {
  sweep(part: number): Promise<PathSweep>;
}

/**
 * Runs a prepared sweep: the caller's choice of threads, or in this thread. The analysis asks for
 * its shortest paths through this, so the core stays free of threads. A sweep made in this thread
 * is returned as it is; one shared out is a promise, and the analysis computes the measures that
 * need no shortest paths while the helpers sweep.
 */
export type SweepRunner = (
  input: SweepInput,
  hooks: ProgressHooks,
) => PathSweep | Promise<PathSweep>;

/**
 * A sweep shared out among helpers: every part is handed out at once, in turn (helper i sweeps
 * parts i, i + k, i + 2k, … of k helpers), so a helper goes on sweeping while the thread that
 * asked is busy with other measures; the parts' sums are added up in part order as they arrive,
 * so the result does not depend on which helper swept what or when (it equals `sweepPrepared` in
 * one thread, bit for bit). A stop asked for is seen as parts arrive; the caller then ends its
 * helpers. Without helpers, this thread sweeps.
 */
export async function sweepWithHelpers(
  input: SweepInput,
  helpers: readonly SweepHelper[],
  hooks?: ProgressHooks,
): Promise<PathSweep> {
  if (helpers.length === 0) return sweepPrepared(input, hooks);
  const parts = sweepPartCount(input);
  const total = emptySweep(input);
  const arrived = new Map<number, PathSweep>();
  let added = 0;
  let done = input.sources - input.swept.length;
  hooks?.onProgress?.(done, input.sources, input.step);
  checkStop(hooks);
  const asked = Array.from({ length: parts }, (_, part) =>
    helpers[part % helpers.length]!.sweep(part).then((sums) => {
      arrived.set(part, sums);
      for (let next = arrived.get(added); next !== undefined; next = arrived.get(added)) {
        addSweepPart(total, next);
        arrived.delete(added);
        done += sweptInPart(input, added);
        added += 1;
      }
      checkStop(hooks);
      hooks?.onProgress?.(done, input.sources, input.step);
    }),
  );
  await Promise.all(asked);
  hooks?.onProgress?.(input.sources, input.sources, input.step);
  return total;
}

/**
 * Whether a sweep is worth sharing out: starting a thread and copying the network to it costs
 * tens of milliseconds, a sweep of a few thousand partners less than that in all.
 */
export function worthSharing(input: SweepInput): boolean {
  return (
    sweepPartCount(input) >= 2 && input.swept.length * input.neighbours.length >= PARALLEL_FROM
  );
}

/** Sources × tie ends from which a sweep is shared out (about a quarter second's work). */
export const PARALLEL_FROM = 50_000_000;

/** Helpers to start: the cores given, at most `cap`; none when one core does it all. */
export function helpersFor(cores: number, cap: number): number {
  const usable = Math.min(cap, Math.floor(cores));
  return Number.isFinite(usable) && usable >= 2 ? usable : 0;
}

/** What a helper thread is told: sweep this part (its input came with the thread's start). */
export interface SweepPartRequest {
  part: number;
}

/** What a helper thread answers: the part's sums, or why it could not sweep it. */
export type SweepPartAnswer = { part: number; sweep: PathSweep } | { part: number; error: string };

/**
 * The buffers of a part's sums: handed over to the thread that adds them up rather than copied
 * (each part's sums are fresh arrays, not read again by the thread that made them).
 */
export function sweepBuffers(sweep: PathSweep): ArrayBuffer[] {
  return [sweep.dependencies, sweep.distanceSums, sweep.reached, sweep.sumsToSources].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/**
 * The parts a helper thread was asked for, waiting for their answers: a thread handles its
 * messages one by one, so answers come in the order the parts were asked for. The platform's
 * helper (a worker thread, a web worker) posts each request and hands each answer, or its
 * failure, to this.
 */
export function answersInOrder(post: (request: SweepPartRequest) => void): {
  sweep(part: number): Promise<PathSweep>;
  answer(answer: SweepPartAnswer): void;
  fail(error: Error): void;
} {
  const waiting: { resolve(sweep: PathSweep): void; reject(error: Error): void }[] = [];
  return {
    sweep: (part) =>
      new Promise<PathSweep>((resolve, reject) => {
        waiting.push({ resolve, reject });
        post({ part });
      }),
    answer: (answer) => {
      const asked = waiting.shift();
      if ('error' in answer) asked?.reject(new Error(answer.error));
      else asked?.resolve(answer.sweep);
    },
    fail: (error) => {
      for (const asked of waiting.splice(0)) asked.reject(error);
    },
  };
}
