import type { NetworkGraph } from '../model/graph';
import { partnerIdOf } from '../model/keys';
import type { SectorLink } from './types';

/**
 * The ties between every pair of sectors that both have partners, in catalogue order. Partners
 * without a known sector take no part.
 */
export function sectorLinks(
  graph: NetworkGraph,
  sectorOf: ReadonlyMap<string, string | null>,
  sectorOrder: readonly string[],
): SectorLink[] {
  const withPartners = new Set(sectorOf.values());
  const present = sectorOrder.filter((id) => withPartners.has(id));
  const links = new Map<string, SectorLink & { sidesA: Set<string>; sidesB: Set<string> }>();
  const key = (a: string, b: string) => `${a}\u0000${b}`;
  present.forEach((a, i) => {
    for (const b of present.slice(i + 1)) {
      links.set(key(a, b), {
        a,
        b,
        ties: 0,
        partnersA: [],
        partnersB: [],
        sidesA: new Set(),
        sidesB: new Set(),
      });
    }
  });
  graph.forEachEdge((_edge, _attributes, sourceKey, targetKey) => {
    const source = partnerIdOf(sourceKey);
    const target = partnerIdOf(targetKey);
    const s = sectorOf.get(source) ?? null;
    const t = sectorOf.get(target) ?? null;
    if (s === null || t === null || s === t) return;
    const link = links.get(key(s, t)) ?? links.get(key(t, s));
    if (link === undefined) return;
    link.ties += 1;
    const [inA, inB] = link.a === s ? [source, target] : [target, source];
    link.sidesA.add(inA);
    link.sidesB.add(inB);
  });
  return [...links.values()].map(({ sidesA, sidesB, ...link }) => ({
    ...link,
    partnersA: [...sidesA].sort(),
    partnersB: [...sidesB].sort(),
  }));
}
