import type { NetworkIndex } from './network-index';
import { sectorGroups } from './sector-groups';

/**
 * Attribute assortativity by sector (Newman 2003), as networkx
 * `attribute_assortativity_coefficient(G, 'sector')`: r = (Σ e_ii − Σ a_i²) / (1 − Σ a_i²) over the
 * symmetric mixing matrix e of tie ends. 1: ties stay inside sectors; 0: as if at random; negative:
 * ties prefer other sectors. Null where networkx gives NaN: no ties, or all ties in one sector.
 *
 * Computed from whole counts with one division: with M tie ends, D of them on ties inside a sector
 * and A = Σ (ends in sector i)², r = (D·M − A) / (M² − A). Adding up shares of 1/M instead leaves
 * rounding noise where the denominator should be exactly 0 (all ties in one sector gave 0.5).
 * The counts stay exact below 2⁵³, i.e. up to 47 million ties.
 */
export function sectorAssortativity(index: NetworkIndex): number | null {
  const { names, groupOf } = sectorGroups(index);
  const { offsets, neighbours } = index;
  const ends = offsets[index.ids.length]!;
  if (ends === 0) return null;
  const endsIn = new Array<number>(names.length).fill(0);
  let inside = 0;
  for (let v = 0; v < index.ids.length; v += 1) {
    const g = groupOf[v]!;
    endsIn[g]! += offsets[v + 1]! - offsets[v]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      if (groupOf[neighbours[e]!]! === g) inside += 1;
    }
  }
  let expected = 0;
  for (const count of endsIn) expected += count * count;
  const denominator = ends * ends - expected;
  return denominator === 0 ? null : (inside * ends - expected) / denominator;
}
