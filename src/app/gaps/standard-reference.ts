import { defaultReferenceFigures } from '../../core/reference/default-reference-figures';
import type { ReferenceFigures } from '../../core/reference/types';

let standard: ReferenceFigures | null = null;

/** The NZFH's figures (data/reference/), read once for the whole app. */
export function standardReferenceFigures(): ReferenceFigures {
  standard ??= defaultReferenceFigures();
  return standard;
}
