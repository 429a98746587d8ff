import type { NetworkGraph } from '../model/graph';
import { partnerIdOf } from '../model/keys';
import type { GapKind, Suggestion } from './types';

/**
 * Partners tied to both sectors of a gap: they know people on each side and could introduce them
 * (a broker in the sense of Gould & Fernandez 1989). Partners that already bridge are left out.
 */
export function suggestBrokers(
  graph: NetworkGraph,
  sectorOf: ReadonlyMap<string, string | null>,
  gap: { kind: GapKind; a: string; b: string },
  alreadyBridging: ReadonlySet<string> = new Set(),
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  graph.forEachNode((key) => {
    const partner = partnerIdOf(key);
    if (alreadyBridging.has(partner)) return;
    const neighbours = graph.neighbors(key).map(partnerIdOf);
    const a = neighbours.filter((n) => sectorOf.get(n) === gap.a).sort();
    const b = neighbours.filter((n) => sectorOf.get(n) === gap.b).sort();
    if (a.length > 0 && b.length > 0) {
      suggestions.push({
        gap: { kind: gap.kind, a: gap.a, b: gap.b },
        partner,
        reason: 'tied-to-both-sectors',
        via: { a, b },
      });
    }
  });
  return suggestions;
}
