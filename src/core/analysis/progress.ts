/**
 * Progress and cancellation for long analyses: they run in a web worker, so the caller sees how far
 * they are and may stop them between steps and inside the shortest-path sweeps.
 */
export interface ProgressHooks {
  /** `done` of `total` work units; `step` names the measure being computed. */
  onProgress?(done: number, total: number, step: string): void;
  /** Asked regularly; returning true stops the analysis with {@link AnalysisCancelled}. */
  shouldStop?(): boolean;
}

/** Thrown when `shouldStop()` returned true; recognisable by class and by `name`. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

export function isAnalysisCancelled(error: unknown): error is AnalysisCancelled {
  return error instanceof Error && error.name === 'AnalysisCancelled';
}

export function checkStop(hooks: ProgressHooks | undefined): void {
  if (hooks?.shouldStop?.() === true) throw new AnalysisCancelled();
}

/** How many sources a sweep processes between two progress reports. */
export const SOURCES_PER_REPORT = 256;
