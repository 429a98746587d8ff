import { problem, type Problem } from '../model/problems';
import { strongerWeight } from '../model/tie-weight';
import type { Cooperation, Intensity, Partner } from '../model/types';

/**
 * The cooperations read so far, one per unordered pair of partners. A tie listed twice is merged
 * (the higher intensity and weight, an agreement if either row has one, missing details filled
 * in), as the graph builder would, and the user is warned: the list has a redundant row.
 */
export class TieSet {
  private readonly ties: Tie[] = [];
  /** Ties by the partner first in key order, then by the other: no key string built per row. */
  private readonly byFirst = new Map<Partner, Map<Partner, Tie>>();

  /** Adds the cooperation between two partners (those its source and target name). */
  add(
    cooperation: Cooperation,
    source: Partner,
    target: Partner,
    file: string,
    line: number,
    problems: Problem[],
  ): void {
    const sourceFirst = source.id < target.id;
    const first = sourceFirst ? source : target;
    const second = sourceFirst ? target : source;
    let partners = this.byFirst.get(first);
    if (partners === undefined) {
      partners = new Map<Partner, Tie>();
      this.byFirst.set(first, partners);
    }
    const earlier = partners.get(second);
    if (earlier === undefined) {
      const tie = { cooperation, line };
      partners.set(second, tie);
      this.ties.push(tie);
      return;
    }
    const kept = earlier.cooperation;
    const weight = strongerWeight(kept, cooperation);
    if (weight !== undefined) kept.weight = weight;
    kept.intensity = Math.max(kept.intensity, cooperation.intensity) as Intensity;
    kept.formal = kept.formal || cooperation.formal;
    if (kept.kind === '') kept.kind = cooperation.kind;
    kept.since ??= cooperation.since;
    problems.push(
      problem(
        'duplicate-tie',
        file,
        line,
        {
          source: source.name,
          target: target.name,
          first: earlier.line,
          intensity: kept.intensity,
        },
        'warning',
      ),
    );
  }

  cooperations(): Cooperation[] {
    return this.ties.map(({ cooperation }) => cooperation);
  }
}

interface Tie {
  cooperation: Cooperation;
  line: number;
}

/** One key for both directions of an undirected tie. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
