import { problem, type Problem } from '../model/problems';
import type { Cooperation, Intensity } from '../model/types';

/**
 * The cooperations read so far, one per unordered pair of partners. A tie listed twice is merged
 * (the higher intensity, an agreement if either row has one, missing details filled in), as the
 * graph builder would, and the user is warned: the list has a redundant row.
 */
export class TieSet {
  private readonly ties = new Map<string, { cooperation: Cooperation; line: number }>();

  add(
    cooperation: Cooperation,
    names: [string, string],
    file: string,
    line: number,
    problems: Problem[],
  ): void {
    const key = pairKey(cooperation.source, cooperation.target);
    const earlier = this.ties.get(key);
    if (earlier === undefined) {
      this.ties.set(key, { cooperation, line });
      return;
    }
    const kept = earlier.cooperation;
    kept.intensity = Math.max(kept.intensity, cooperation.intensity) as Intensity;
    kept.formal = kept.formal || cooperation.formal;
    if (kept.kind === '') kept.kind = cooperation.kind;
    kept.since ??= cooperation.since;
    problems.push(
      problem(
        'duplicate-tie',
        file,
        line,
        { source: names[0], target: names[1], first: earlier.line, intensity: kept.intensity },
        'warning',
      ),
    );
  }

  get(source: string, target: string): Cooperation | undefined {
    return this.ties.get(pairKey(source, target))?.cooperation;
  }

  cooperations(): Cooperation[] {
    return [...this.ties.values()].map(({ cooperation }) => cooperation);
  }
}

/** One key for both directions of an undirected tie. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
