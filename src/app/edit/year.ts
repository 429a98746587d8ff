import type { EditProblem } from '../../core/edit';

/**
 * A year field's text as the core's edits take it: empty is no year, digits are checked by the
 * core (1900–2100). Text that is no number at all never reaches the core, which speaks of numbers,
 * so its problem is worded here with what was typed.
 */
export function readYear(text: string): { year: number | null } | { problem: EditProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { year: null };
  const year = Number(trimmed);
  if (!Number.isFinite(year))
    return { problem: { code: 'invalid-year', params: { value: trimmed } } };
  return { year };
}
