import type { ReferenceFigures, ReferenceProblem } from './types';

/**
 * How large a figures file may be. The NZFH publishes about twenty groups, a state a few dozen;
 * the caps sit at the catalogue's (one figure a type and year, 2,000 types) and far above any
 * real file, so a wrong file is refused in a moment instead of filling the gap view.
 */
export const REFERENCE_LIMITS = {
  /** Characters of the file's text. */
  characters: 5_000_000,
  /** Figures, all years together. */
  figures: 2_000,
} as const;

/** The problem of a text too long to be a figures file, or null. */
export function referenceTextTooLarge(text: string): ReferenceProblem | null {
  if (text.length <= REFERENCE_LIMITS.characters) return null;
  return {
    code: 'reference-file-too-large',
    path: '',
    params: { characters: text.length, limit: REFERENCE_LIMITS.characters },
  };
}

/** The problem of more figures than the limit, or null. */
export function referenceTooLarge(reference: ReferenceFigures): ReferenceProblem | null {
  const figures = reference.figures.length;
  if (figures <= REFERENCE_LIMITS.figures) return null;
  return {
    code: 'reference-too-large',
    path: '',
    params: { figures, limit: REFERENCE_LIMITS.figures },
  };
}
