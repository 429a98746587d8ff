import type { Membership } from '../model/types';

/** Two working groups with largely the same members. */
export interface OverlappingCommittees {
  a: string;
  b: string;
  /** Shared members ÷ members of either (Jaccard 1901). */
  jaccard: number;
  shared: string[];
}

export const DEFAULT_COMMITTEE_OVERLAP = 0.5;

/**
 * Committees whose member lists overlap by at least `threshold` (Jaccard): e.g. an
 * "AK Kinderschutz" meeting with nearly the people of the "Netzwerk Frühe Hilfen".
 */
export function findOverlappingCommittees(
  memberships: readonly Membership[],
  threshold: number = DEFAULT_COMMITTEE_OVERLAP,
): OverlappingCommittees[] {
  const members = new Map<string, Set<string>>();
  for (const { partner, committee } of memberships) {
    const name = committee.trim();
    if (name === '') continue;
    const set = members.get(name) ?? new Set<string>();
    set.add(partner);
    members.set(name, set);
  }
  const committees = [...members.keys()].sort();
  const found: OverlappingCommittees[] = [];
  committees.forEach((a, i) => {
    for (const b of committees.slice(i + 1)) {
      const setA = members.get(a) ?? new Set<string>();
      const setB = members.get(b) ?? new Set<string>();
      const shared = [...setA].filter((p) => setB.has(p)).sort();
      const jaccard = shared.length / (setA.size + setB.size - shared.length);
      if (jaccard >= threshold) found.push({ a, b, jaccard, shared });
    }
  });
  return found.sort((x, y) => y.jaccard - x.jaccard);
}
