import type { NetworkIndex } from './network-index';
import { searchTree } from './search-tree';

export interface CutPoints {
  /** True where the partner is an articulation point: its loss splits its component. */
  articulationPoints: Uint8Array;
  /** Ties whose loss splits their component, as pairs of positions (smaller first). */
  bridges: [number, number][];
}

/**
 * Articulation points and bridges from a depth-first search tree (Hopcroft & Tarjan 1973, see
 * `searchTree`): a partner v with a child w whose subtree reaches no ancestor of v
 * (low[w] ≥ disc[v]) holds the network together; the tie v–w is a bridge when low[w] > disc[v].
 * A root holds its component together when it has two children or more. Often the coordinator
 * alone is one.
 */
export function cutPoints(index: NetworkIndex): CutPoints {
  const { disc, parent, low } = searchTree(index);
  const n = index.ids.length;
  const articulationPoints = new Uint8Array(n);
  const rootChildren = new Int32Array(n);
  const bridges: [number, number][] = [];
  for (let v = 0; v < n; v += 1) {
    const p = parent[v]!;
    if (p < 0) continue;
    if (low[v]! > disc[p]!) bridges.push(p < v ? [p, v] : [v, p]);
    if (parent[p]! < 0) rootChildren[p] = rootChildren[p]! + 1;
    else if (low[v]! >= disc[p]!) articulationPoints[p] = 1;
  }
  for (let root = 0; root < n; root += 1) if (rootChildren[root]! > 1) articulationPoints[root] = 1;
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulationPoints, bridges };
}
