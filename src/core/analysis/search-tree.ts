import type { NetworkIndex } from './network-index';

/**
 * A depth-first search tree of the network (Hopcroft & Tarjan 1973), each component searched from
 * its first partner by position: what the articulation points and bridges are read from, and what
 * the report's what-if of each articulation point cuts into pieces.
 */
export interface SearchTree {
  /** Preorder number of each partner. */
  disc: Int32Array;
  /** Partner at each preorder number. */
  order: Int32Array;
  /** Parent in the tree; −1 for the root of a component. */
  parent: Int32Array;
  /** Lowest preorder number the partner's subtree reaches by one tie outside the tree. */
  low: Int32Array;
  /** Partners in the partner's subtree: preorder numbers disc … disc + size − 1. */
  size: Int32Array;
  /** The smallest position in the partner's subtree. */
  first: Int32Array;
  /** The root of the partner's component (its first partner, by position). */
  rootOf: Int32Array;
}

/** Iterative, with an explicit stack, so a chain of 50,000 partners does not overflow the call stack. */
export function searchTree(index: NetworkIndex): SearchTree {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const disc = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const first = new Int32Array(n);
  for (let i = 0; i < n; i += 1) first[i] = i;
  const rootOf = new Int32Array(n);
  const cursor = offsets.slice(0, n);
  const stack = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root += 1) {
    if (disc[root]! >= 0) continue;
    order[time] = root;
    disc[root] = low[root] = time++;
    rootOf[root] = root;
    stack[0] = root;
    let top = 1;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = neighbours[cursor[v]!++]!;
        if (disc[w]! < 0) {
          parent[w] = v;
          rootOf[w] = root;
          order[time] = w;
          disc[w] = low[w] = time++;
          stack[top++] = w;
        } else if (w !== parent[v]! && disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
        continue;
      }
      top -= 1;
      const p = parent[v]!;
      if (p < 0) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      size[p] = size[p]! + size[v]!;
      if (first[v]! < first[p]!) first[p] = first[v]!;
    }
  }
  return { disc, order, parent, low, size, first, rootOf };
}
