import type { NetworkIndex } from './network-index';
import { sectorGroups } from './sector-groups';

/** Ties between sectors a and b (a ≤ b) and their density. */
export interface SectorBlock {
  a: string;
  b: string;
  ties: number;
  /** ties ÷ possible pairs; null when no pair is possible (a sector of one partner with itself). */
  density: number | null;
}

/**
 * Block density matrix by sector (White, Boorman & Breiger 1976): how densely each pair of sectors
 * cooperates. Possible pairs are n_a · n_b between two sectors and n_a(n_a − 1) / 2 within one.
 */
export function blockDensity(index: NetworkIndex): SectorBlock[] {
  const { names, groupOf, sizes } = sectorGroups(index);
  const g = names.length;
  const ties = new Float64Array(g * g);
  const { offsets, neighbours } = index;
  for (let v = 0; v < index.ids.length; v += 1) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      const w = neighbours[e]!;
      if (v >= w) continue;
      const [x, y] =
        groupOf[v]! <= groupOf[w]! ? [groupOf[v]!, groupOf[w]!] : [groupOf[w]!, groupOf[v]!];
      ties[x * g + y]! += 1;
    }
  }
  const blocks: SectorBlock[] = [];
  for (let x = 0; x < g; x += 1) {
    for (let y = x; y < g; y += 1) {
      const possible = x === y ? (sizes[x]! * (sizes[x]! - 1)) / 2 : sizes[x]! * sizes[y]!;
      const count = ties[x * g + y]!;
      blocks.push({
        a: names[x]!,
        b: names[y]!,
        ties: count,
        density: possible > 0 ? count / possible : null,
      });
    }
  }
  return blocks;
}
