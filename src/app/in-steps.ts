/**
 * Long work on the page's own thread without a long task: the work is a generator, run a slice of a
 * few milliseconds at a time, and between slices the page handles input and draws.
 */

/** A slice of work between two turns of the page; well under a frame, so scrolling stays smooth. */
export const SLICE_MS = 12;

/** Resolves in a new task of the page: input, drawing and other tasks waiting get their turn first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    // A message rather than setTimeout(0), which the browser holds back by 4 ms after a few rounds.
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Resolves once the page has drawn a frame with what just changed (a note before long work). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));
}

/** Runs `steps` to its end, as many steps as fit in a slice at a time; stops when `signal` aborts. */
export async function runInSteps<T>(
  steps: Iterator<unknown, T>,
  { signal, sliceMs = SLICE_MS }: { signal?: AbortSignal; sliceMs?: number } = {},
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}

/** What a generator yields, collected a slice at a time. */
export function collectInSteps<T>(
  items: Iterable<T>,
  options?: { sliceMs?: number },
): Promise<T[]> {
  function* collect(): Generator<void, T[]> {
    const collected: T[] = [];
    for (const item of items) {
      collected.push(item);
      yield;
    }
    return collected;
  }
  return runInSteps(collect(), options);
}
