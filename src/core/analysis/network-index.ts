import type { NetworkGraph } from '../model/graph';
import { graphKey, partnerIdOf } from '../model/keys';
import { tieWeight } from '../model/tie-weight';

/**
 * A compact, read-only adjacency index of a network graph (compressed sparse rows): partner i's
 * neighbours are `neighbours[offsets[i]! .. offsets[i + 1]!)`, with the weight of each tie beside it.
 * Typed arrays make the path-based measures several times faster than walking graphology's maps,
 * and the partners are sorted by id so that every measure is independent of the order of the list.
 */
export interface NetworkIndex {
  /** Partner ids, sorted; a partner's position here is its number in every typed array. */
  readonly ids: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
  /** Length n + 1. */
  readonly offsets: Int32Array;
  /** Length 2 × cooperations: each undirected tie appears once from either end. */
  readonly neighbours: Int32Array;
  /**
   * Weight of the tie at the same place in `neighbours`: its own weight where the list gave one
   * (Gephi, Kumu), else its intensity 1–4 (see `tieWeight`). A strength, never a distance.
   */
  readonly weights: Float64Array;
  /** Sector (Sektor) of each partner; "" when unknown, which then counts as a group of its own. */
  readonly sectors: readonly string[];
  readonly cooperationCount: number;
}

export function indexNetwork(graph: NetworkGraph): NetworkIndex {
  const ids = graph.nodes().map(partnerIdOf).sort(compareIds);
  const n = ids.length;
  const positions = new Map<string, number>();
  ids.forEach((id, i) => positions.set(id, i));
  const offsets = new Int32Array(n + 1);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    offsets[(positions.get(partnerIdOf(source)) as number) + 1]! += 1;
    offsets[(positions.get(partnerIdOf(target)) as number) + 1]! += 1;
  });
  for (let i = 0; i < n; i += 1) offsets[i + 1]! += offsets[i]!;
  const neighbours = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  const cursor = offsets.slice(0, n);
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = positions.get(partnerIdOf(source)) as number;
    const t = positions.get(partnerIdOf(target)) as number;
    const weight = tieWeight(attributes);
    neighbours[cursor[s]!] = t;
    weights[cursor[s]!++] = weight;
    neighbours[cursor[t]!] = s;
    weights[cursor[t]!++] = weight;
  });
  const sectors = ids.map((id) => graph.getNodeAttribute(graphKey(id), 'sector'));
  return {
    ids,
    positions,
    offsets,
    neighbours,
    weights,
    sectors,
    cooperationCount: graph.size,
  };
}

/** Code-unit order, not locale order: the same in every browser and in Node. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Number of ties of partner i. */
export function degreeOf(index: NetworkIndex, i: number): number {
  return index.offsets[i + 1]! - index.offsets[i]!;
}
