import type { NetworkIndex } from './network-index';

export interface CutPoints {
  /** True where the partner is an articulation point: its loss splits its component. */
  articulationPoints: Uint8Array;
  /** Ties whose loss splits their component, as pairs of positions (smaller first). */
  bridges: [number, number][];
}

/**
 * Articulation points and bridges by Tarjan's depth-first search (Hopcroft & Tarjan 1973): a
 * partner v with a child w whose subtree reaches no ancestor of v (low[w]! ≥ disc[v]) holds the
 * network together; the tie v–w is a bridge when low[w]! > disc[v]. Iterative with an explicit stack,
 * so 50,000 partners in a chain do not overflow the call stack. Often the coordinator alone is one.
 */
export function cutPoints(index: NetworkIndex): CutPoints {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = offsets.slice(0, n);
  const stack = new Int32Array(n);
  const articulationPoints = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let root = 0; root < n; root += 1) {
    if (discovered[root]! >= 0) continue;
    discovered[root] = low[root] = time++;
    stack[0] = root;
    let top = 1;
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = neighbours[cursor[v]!++]!;
        if (discovered[w]! < 0) {
          parent[w] = v;
          discovered[w] = low[w] = time++;
          stack[top++] = w;
          if (v === root) rootChildren += 1;
        } else if (w !== parent[v]! && discovered[w]! < low[v]!) {
          low[v] = discovered[w]!;
        }
        continue;
      }
      top -= 1;
      const p = parent[v]!;
      if (p < 0) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! > discovered[p]!) bridges.push(p < v ? [p, v] : [v, p]);
      if (p !== root && low[v]! >= discovered[p]!) articulationPoints[p] = 1;
    }
    if (rootChildren > 1) articulationPoints[root] = 1;
  }
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulationPoints, bridges };
}
