import type { InterpretedField, Interpretation, ReadingChoices } from './types';

/**
 * The values an import read by interpretation, one entry per field and written text, counted, with
 * where each first occurs; and the readings the user chose in the review, which win.
 */
export class InterpretationLog {
  private readonly entries = new Map<string, Interpretation>();

  constructor(private readonly chosen: ReadingChoices = {}) {}

  /** The user's reading of a written text, if she chose one ('' = keep as written). */
  choice(field: InterpretedField, written: string): string | undefined {
    const choices = this.chosen[field];
    return choices !== undefined && Object.hasOwn(choices, written) ? choices[written] : undefined;
  }

  /** Records one occurrence; the first occurrence's reading, choices and place are kept. */
  note(entry: Omit<Interpretation, 'count'>): void {
    const key = `${entry.field}\u0000${entry.written}`;
    const known = this.entries.get(key);
    if (known !== undefined) known.count++;
    else this.entries.set(key, { ...entry, count: 1 });
  }

  list(): Interpretation[] {
    return [...this.entries.values()];
  }
}
