import * as v from 'valibot';
import { referenceTextTooLarge, referenceTooLarge } from './limits';
import { referenceSchema } from './schema';
import type {
  ReferenceFigures,
  ReferenceProblem,
  ReferenceProblemCode,
  ReferenceResult,
} from './types';

const SCHEMA_CODES = new Set<string>([
  'invalid-field',
  'empty-field',
  'percent-out-of-range',
  'year-out-of-range',
  'invalid-url',
  'no-figures',
]);

/** Reads reference figures from JSON text, as the default file or a state's own one. */
export function parseReferenceJson(text: string): ReferenceResult {
  const tooLong = referenceTextTooLarge(text);
  if (tooLong !== null) return { figures: null, problems: [tooLong] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { figures: null, problems: [{ code: 'invalid-json', path: '', params: {} }] };
  }
  const parsed = v.safeParse(referenceSchema, data);
  if (!parsed.success) return { figures: null, problems: parsed.issues.map(toProblem) };
  const tooLarge = referenceTooLarge(parsed.output);
  if (tooLarge !== null) return { figures: null, problems: [tooLarge] };
  const problems = duplicateFigures(parsed.output);
  return { figures: problems.length > 0 ? null : parsed.output, problems };
}

/** Two shares for one type in one year would leave the reader to guess which one holds. */
function duplicateFigures(reference: ReferenceFigures): ReferenceProblem[] {
  const seen = new Set<string>();
  const problems: ReferenceProblem[] = [];
  reference.figures.forEach(({ type, year }, index) => {
    const key = `${type}\u0000${year}`;
    if (seen.has(key))
      problems.push({
        code: 'duplicate-figure',
        path: `figures.${index}`,
        params: { type, year: String(year) },
      });
    seen.add(key);
  });
  return problems;
}

function toProblem(issue: v.BaseIssue<unknown>): ReferenceProblem {
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  const code = (
    SCHEMA_CODES.has(issue.message) ? issue.message : 'invalid-field'
  ) as ReferenceProblemCode;
  return { code, path, params: {} };
}
