import type { Cooperation, Intensity } from '../../core/model/types';
import { tieKey } from '../filters/filters';

/** What one cell of the Kooperationsmatrix shows. */
export interface MatrixTie {
  intensity: Intensity;
  /** A Kooperationsvereinbarung exists. */
  formal: boolean;
}

/**
 * The shown ties by `tieKey`. A pair listed twice keeps the closer intensity and any agreement,
 * as the network graph merges it, so the matrix and the measures read the same tie.
 */
export function matrixTies(
  cooperations: readonly Cooperation[],
  shown: ReadonlySet<string>,
): Map<string, MatrixTie> {
  const ties = new Map<string, MatrixTie>();
  for (const { source, target, intensity, formal } of cooperations) {
    if (source === target) continue;
    const key = tieKey(source, target);
    if (!shown.has(key)) continue;
    const earlier = ties.get(key);
    ties.set(
      key,
      earlier
        ? {
            intensity: Math.max(earlier.intensity, intensity) as Intensity,
            formal: earlier.formal || formal,
          }
        : { intensity, formal },
    );
  }
  return ties;
}
