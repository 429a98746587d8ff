import { problem, type Problem } from '../model/problems';
import type { Cooperation, Intensity } from '../model/types';

/**
 * The cooperations read so far, one per unordered pair of partners. A tie listed twice is merged
 * (the higher intensity, an agreement if either row has one, missing details filled in), as the
 * graph builder would, and the user is warned: the list has a redundant row.
 */
export class TieSet {
  private readonly ties: Tie[] = [];
  /** Each partner key gets a number when first seen; a tie is found by the pair of numbers. */
  private readonly numbers = new Map<string, number>();
  /** Ties by the lower number of their pair, then by the higher: no key string built per row. */
  private readonly byLower: Map<number, Tie>[] = [];

  add(
    cooperation: Cooperation,
    names: [string, string],
    file: string,
    line: number,
    problems: Problem[],
  ): void {
    const a = this.numberOf(cooperation.source);
    const b = this.numberOf(cooperation.target);
    const lower = Math.min(a, b);
    const higher = Math.max(a, b);
    const partners = (this.byLower[lower] ??= new Map<number, Tie>());
    const earlier = partners.get(higher);
    if (earlier === undefined) {
      const tie = { cooperation, line };
      partners.set(higher, tie);
      this.ties.push(tie);
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

  cooperations(): Cooperation[] {
    return this.ties.map(({ cooperation }) => cooperation);
  }

  private numberOf(key: string): number {
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(key, number);
    }
    return number;
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
