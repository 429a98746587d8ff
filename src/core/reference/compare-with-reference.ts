import type { Catalogue } from '../catalogue/types';
import type { ReferenceFigure, ReferenceFigures } from './types';

/** A published figure beside the network: does the network have a partner of that group? */
export interface ReferenceRow {
  figure: ReferenceFigure;
  /**
   * Whether a partner of the network matches the figure's catalogue type; null where the catalogue
   * in use has no such type (a state's catalogue), so nothing was checked.
   */
  inNetwork: boolean | null;
}

/** The figures with the network's answer to each, and what a reader needs to cite them. */
export interface ReferenceComparison {
  reference: Omit<ReferenceFigures, 'figures'>;
  /** Highest share first, as the NZFH lists them; the newer year first among equal shares. */
  rows: ReferenceRow[];
}

/**
 * Holds the network against the reference figures. `missingTypes` are the catalogue types no partner
 * matches (findGaps), so the answer is the gap view's own: a partner counts for a group exactly
 * when it closes that type's gap.
 */
export function compareWithReference(
  reference: ReferenceFigures,
  catalogue: Catalogue,
  missingTypes: readonly { type: string }[],
): ReferenceComparison {
  const known = new Set(catalogue.sectors.flatMap((sector) => sector.types.map((type) => type.id)));
  const missing = new Set(missingTypes.map(({ type }) => type));
  const { figures, ...about } = reference;
  const rows = [...figures]
    .sort((a, b) => b.percent - a.percent || b.year - a.year)
    .map((figure) => ({
      figure,
      inNetwork: known.has(figure.type) ? !missing.has(figure.type) : null,
    }));
  return { reference: about, rows };
}

/** The newest figure of each catalogue type, for a line beside a missing type. */
export function newestFigureByType(rows: readonly ReferenceRow[]): Map<string, ReferenceFigure> {
  const newest = new Map<string, ReferenceFigure>();
  for (const { figure } of rows) {
    const kept = newest.get(figure.type);
    if (kept === undefined || figure.year > kept.year) newest.set(figure.type, figure);
  }
  return newest;
}
