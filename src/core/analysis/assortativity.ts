import type { NetworkIndex } from './network-index';
import { sectorGroups } from './sector-groups';

/**
 * Attribute assortativity by sector (Newman 2003), as networkx
 * `attribute_assortativity_coefficient(G, 'sector')`: r = (Σ e_ii − Σ a_i²) / (1 − Σ a_i²) over the
 * symmetric mixing matrix e of tie ends. 1: ties stay inside sectors; 0: as if at random; negative:
 * ties prefer other sectors. Null where networkx gives NaN: no ties, or all ties in one sector.
 */
export function sectorAssortativity(index: NetworkIndex): number | null {
  const { names, groupOf } = sectorGroups(index);
  const { offsets, neighbours } = index;
  const ends = offsets[index.ids.length]!;
  if (ends === 0) return null;
  const diagonal = new Float64Array(names.length);
  const share = new Float64Array(names.length);
  for (let v = 0; v < index.ids.length; v += 1) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      share[groupOf[v]!]! += 1 / ends;
      if (groupOf[neighbours[e]!]! === groupOf[v]!) diagonal[groupOf[v]!]! += 1 / ends;
    }
  }
  let trace = 0;
  let expected = 0;
  for (let g = 0; g < names.length; g += 1) {
    trace += diagonal[g]!;
    expected += share[g]! * share[g]!;
  }
  return expected < 1 ? (trace - expected) / (1 - expected) : null;
}
