import { findMeasure, type Weighting } from '../../core/analysis/registry';

/**
 * Figures that `analyseNetwork` returns beside the registry's scalar measures. Louvain communities
 * and their modularity are weighted by intensity (closer ties hold a group together, see
 * core/analysis/communities.ts); brokerage roles count open pairs of contacts, not intensities.
 */
const BESIDE_REGISTRY = new Map<string, Weighting>([
  ['community', 'intensity-as-strength'],
  ['communities', 'intensity-as-strength'],
  ['modularity', 'intensity-as-strength'],
  ['nmiWithSectors', 'intensity-as-strength'],
  ['brokerage', 'none'],
]);

/** Whether a measure reads cooperation intensity, so the view can say so beside it. */
export function weightingOf(measureId: string): Weighting {
  return findMeasure(measureId)?.weighted ?? BESIDE_REGISTRY.get(measureId) ?? 'none';
}
