import type { NetworkIndex } from './network-index';

export interface Components {
  count: number;
  /**
   * Component number of each partner by position, numbered in the order of the sorted ids; −1 for
   * a partner taken out.
   */
  membership: Int32Array;
  /** Partner count of each component. */
  sizes: number[];
}

/**
 * Connected components: groups of partners that reach each other through cooperations. Partners
 * marked 1 in `without` are taken out first, with their ties (what if they left?): they belong to
 * no component (−1) and no path runs through them.
 */
export function components(index: NetworkIndex, without?: Uint8Array): Components {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const membership = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  const absent = (i: number) => without !== undefined && without[i] === 1;
  for (let start = 0; start < n; start += 1) {
    if (membership[start]! >= 0 || absent(start)) continue;
    const component = sizes.length;
    membership[start] = component;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
        const w = neighbours[e]!;
        if (membership[w]! < 0 && !absent(w)) {
          membership[w] = component;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { count: sizes.length, membership, sizes };
}

/** Positions of partners without any cooperation. */
export function isolates(index: NetworkIndex): number[] {
  const result: number[] = [];
  for (let i = 0; i < index.ids.length; i += 1) {
    if (index.offsets[i + 1]! === index.offsets[i]!) result.push(i);
  }
  return result;
}
