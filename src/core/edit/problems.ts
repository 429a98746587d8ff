import type { Network } from '../model/types';

/**
 * Why an edit was refused. The rules are the importer's (empty name, duplicate ID, intensity 1–4,
 * self-tie, unknown partner, one tie per pair, years), so a network built by hand holds what an
 * imported one holds. Codes, not sentences: the app words them (`storage.edit.<code>`).
 */
export const EDIT_PROBLEM_CODES = [
  'empty-name',
  'duplicate-id',
  'unknown-partner',
  'intensity-out-of-range',
  'self-tie',
  'duplicate-tie',
  'unknown-cooperation',
  'invalid-year',
] as const;

export type EditProblemCode = (typeof EDIT_PROBLEM_CODES)[number];

export interface EditProblem {
  code: EditProblemCode;
  /** Values the message is built from: `id`, `name`, `other`, `value`, `source`, `target`. */
  params: Record<string, string | number>;
}

/** An edit gives the new network, or the problems and no change at all. */
export type EditResult = { network: Network } | { problems: EditProblem[] };

export function editProblem(
  code: EditProblemCode,
  params: Record<string, string | number> = {},
): EditProblem {
  return { code, params };
}

export function outcome(network: Network, problems: EditProblem[]): EditResult {
  return problems.length > 0 ? { problems } : { network };
}
