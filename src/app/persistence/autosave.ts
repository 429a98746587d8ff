export const AUTOSAVE_DELAY_MS = 1000;

export interface Autosave<T, R> {
  /** Saves `value` once no newer one came for the delay; only the latest value is saved. */
  schedule(value: T): void;
  /** Saves a waiting value now (before closing the tab or switching networks). */
  flush(): Promise<R | undefined>;
  cancel(): void;
}

/**
 * A debounced saver: typing in a form schedules many values, one is saved. Saves run one after
 * another, never side by side, so each builds on the version the previous one stored.
 */
export function createAutosave<T, R>(
  save: (value: T) => Promise<R>,
  onSaved: (result: R) => void = () => undefined,
  delayMs = AUTOSAVE_DELAY_MS,
): Autosave<T, R> {
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<R | undefined> = Promise.resolve(undefined);

  function stopTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function flush(): Promise<R | undefined> {
    stopTimer();
    running = running.then(async () => {
      if (waiting === null) return undefined;
      const { value } = waiting;
      waiting = null;
      const result = await save(value);
      onSaved(result);
      return result;
    });
    return running;
  }

  return {
    schedule(value) {
      waiting = { value };
      stopTimer();
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    cancel() {
      stopTimer();
      waiting = null;
    },
  };
}
