import type { NetworkGraph } from '../model/graph';
import { partnerIdOf } from '../model/keys';
import type { Intensity } from '../model/types';
import type { PartnerMatching } from './match-partners';
import type { IntensityChange, NetworkComparison, PartnerRef, TieRef } from './types';

interface Tie {
  source: string;
  target: string;
  intensity: Intensity;
  formal: boolean;
}

/**
 * The cooperations that are new, lost, stronger or weaker, and those that gained or lost a written
 * agreement. Both networks are read as their graphs (`buildGraph`): a tie listed twice counts once
 * with its higher intensity, and self-ties or ties to unknown partners count not at all, as in
 * every other figure. Earlier ties are carried over to the later IDs of partners still there.
 */
export function compareTies(
  before: NetworkGraph,
  after: NetworkGraph,
  matching: PartnerMatching,
): NetworkComparison['ties'] {
  const laterId = (id: string) => matching.laterIdOf.get(id) ?? id;
  const earlier = tiesOf(before, laterId);
  const later = tiesOf(after, (id) => id);
  const names = new Map<string, string>();
  before.forEachNode((key, { name }) => names.set(laterId(partnerIdOf(key)), name));
  after.forEachNode((key, { name }) => names.set(partnerIdOf(key), name));
  const refer = (tie: Tie) => endpoints(tie, names);

  const changes: NetworkComparison['ties'] = {
    added: [],
    lost: [],
    stronger: [],
    weaker: [],
    formalGained: [],
    formalLost: [],
  };
  for (const [key, tie] of later) {
    const old = earlier.get(key);
    if (old === undefined) {
      changes.added.push(tieRef(tie, refer(tie)));
      continue;
    }
    const [source, target] = refer(tie);
    const change: IntensityChange = { source, target, before: old.intensity, after: tie.intensity };
    if (tie.intensity > old.intensity) changes.stronger.push(change);
    if (tie.intensity < old.intensity) changes.weaker.push(change);
    if (tie.formal && !old.formal) changes.formalGained.push(tieRef(tie, [source, target]));
    if (!tie.formal && old.formal) changes.formalLost.push(tieRef(tie, [source, target]));
  }
  for (const [key, tie] of earlier) if (!later.has(key)) changes.lost.push(tieRef(tie, refer(tie)));
  for (const list of Object.values(changes) as { source: PartnerRef; target: PartnerRef }[][])
    list.sort(byNames);
  return changes;
}

function tiesOf(graph: NetworkGraph, idOf: (id: string) => string): Map<string, Tie> {
  const ties = new Map<string, Tie>();
  graph.forEachEdge((_edge, { intensity, formal }, source, target) => {
    const tie = {
      source: idOf(partnerIdOf(source)),
      target: idOf(partnerIdOf(target)),
      intensity,
      formal,
    };
    ties.set(tieKey(tie.source, tie.target), tie);
  });
  return ties;
}

/** One key per tie whichever way round it is listed. */
function tieKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

const collator = new Intl.Collator('de');

/** The two partners of a tie, in order of their names so lists read alphabetically. */
function endpoints(tie: Tie, names: ReadonlyMap<string, string>): [PartnerRef, PartnerRef] {
  const source = { id: tie.source, name: names.get(tie.source) ?? tie.source };
  const target = { id: tie.target, name: names.get(tie.target) ?? tie.target };
  return collator.compare(source.name, target.name) <= 0 ? [source, target] : [target, source];
}

function tieRef(tie: Tie, [source, target]: [PartnerRef, PartnerRef]): TieRef {
  return { source, target, intensity: tie.intensity, formal: tie.formal };
}

function byNames(
  x: { source: PartnerRef; target: PartnerRef },
  y: { source: PartnerRef; target: PartnerRef },
): number {
  return (
    collator.compare(x.source.name, y.source.name) || collator.compare(x.target.name, y.target.name)
  );
}
