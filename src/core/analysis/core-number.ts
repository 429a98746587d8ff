import type { NetworkIndex } from './network-index';

/**
 * Core number (k-core, Seidman 1983): the largest k such that the partner belongs to a part of the
 * network in which everyone has at least k ties. Batagelj & Zaversnik's O(m) bin-sort algorithm
 * (2003), as networkx `core_number`.
 */
export function coreNumber(index: NetworkIndex): Float64Array {
  const { offsets, neighbours } = index;
  const n = index.ids.length;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v += 1) {
    degree[v] = offsets[v + 1]! - offsets[v]!;
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
  }
  const binStart = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v += 1) binStart[degree[v]!]! += 1;
  for (let d = 0, start = 0; d <= maxDegree; d += 1) {
    const count = binStart[d]!;
    binStart[d] = start;
    start += count;
  }
  const sorted = new Int32Array(n);
  const place = new Int32Array(n);
  const fill = binStart.slice();
  for (let v = 0; v < n; v += 1) {
    place[v] = fill[degree[v]!]!++;
    sorted[place[v]!] = v;
  }
  for (let i = 0; i < n; i += 1) {
    const v = sorted[i]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      const u = neighbours[e]!;
      if (degree[u]! <= degree[v]!) continue;
      const du = degree[u]!;
      const first = sorted[binStart[du]!]!;
      if (first !== u) {
        sorted[place[u]!] = first;
        place[first] = place[u]!;
        sorted[binStart[du]!] = u;
        place[u] = binStart[du]!;
      }
      binStart[du]! += 1;
      degree[u]! -= 1;
    }
  }
  return Float64Array.from(degree);
}
