/**
 * Plain-language readings of index values. The ±0.3 and 0.3/0.6 cut-offs are conventions for a
 * first reading, not tests of significance; the view always shows the number beside the words.
 */

/** How a sector or partner works across sector lines, from its E-I index (Krackhardt & Stern 1988). */
export type Openness = 'outward' | 'mixed' | 'inward' | 'none';

export function opennessOf(ei: number | null): Openness {
  if (ei === null) return 'none';
  if (ei > 0.3) return 'outward';
  if (ei < -0.3) return 'inward';
  return 'mixed';
}

/** How far the communities repeat the sectors, from their normalised mutual information. */
export type GroupsAndSectors = 'silos' | 'partly' | 'across' | 'none';

export function groupsAndSectorsOf(nmi: number | null): GroupsAndSectors {
  if (nmi === null) return 'none';
  if (nmi > 0.6) return 'silos';
  if (nmi >= 0.3) return 'partly';
  return 'across';
}
