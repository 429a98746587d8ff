import type { Problem } from '../../core/model/problems';

/** The words a problem's codes stand for: a field's and a table kind's name in the user's language. */
export interface ProblemWords {
  fields: Record<string, string>;
  kinds: Record<string, string>;
}

/**
 * A problem's parameters as its message shows them: a field or a table kind the core names by its
 * code ("source", "partners") becomes the name the import dialog uses for it ("Erster Partner
 * (Von)", "Partnerliste"), so that no message shows an internal name.
 */
export function readableParams(
  problem: Problem,
  words: ProblemWords,
): Record<string, string | number> {
  const params: Record<string, string | number> = {
    ...problem.params,
    file: problem.file,
    line: problem.line ?? '',
    column: problem.column ?? '',
  };
  const { field, kind } = problem.params;
  if (typeof field === 'string' && Object.hasOwn(words.fields, field))
    params.field = words.fields[field]!;
  if (typeof kind === 'string' && Object.hasOwn(words.kinds, kind))
    params.kind = words.kinds[kind]!;
  return params;
}
