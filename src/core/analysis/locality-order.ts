import type { NetworkIndex } from './network-index';

/**
 * The same adjacency renumbered in breadth-first order, starting each component at its partner with
 * the most ties (Cuthill & McKee 1969). Partners close in the network get close numbers, so the
 * shortest-path sweeps touch nearby memory, and consecutive sources have similar distance profiles,
 * which keeps the batched sweep's source masks dense. Only the sweeps use this numbering; every
 * result is mapped back to the index's positions.
 */
export interface LocalityOrder {
  /** Length n + 1, over the new numbers. */
  offsets: Int32Array;
  /** Neighbours by new number. */
  neighbours: Int32Array;
  /** Index position of each new number. */
  original: Int32Array;
  /** New number of each index position. */
  local: Int32Array;
}

export function localityOrder(index: NetworkIndex): LocalityOrder {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const local = new Int32Array(n).fill(-1);
  const original = new Int32Array(n);
  const byDegree = Int32Array.from({ length: n }, (_value, i) => i).sort(
    (a, b) => offsets[b + 1]! - offsets[b]! - (offsets[a + 1]! - offsets[a]!) || a - b,
  );
  let numbered = 0;
  for (const start of byDegree) {
    if (local[start]! >= 0) continue;
    local[start] = numbered;
    original[numbered++] = start;
    for (let head = numbered - 1; head < numbered; head += 1) {
      const v = original[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
        const w = neighbours[e]!;
        if (local[w]! >= 0) continue;
        local[w] = numbered;
        original[numbered++] = w;
      }
    }
  }
  const renumberedOffsets = new Int32Array(n + 1);
  const renumberedNeighbours = new Int32Array(neighbours.length);
  for (let i = 0; i < n; i += 1) {
    const v = original[i]!;
    let cursor = renumberedOffsets[i]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1)
      renumberedNeighbours[cursor++] = local[neighbours[e]!]!;
    renumberedOffsets[i + 1] = cursor;
  }
  return { offsets: renumberedOffsets, neighbours: renumberedNeighbours, original, local };
}
