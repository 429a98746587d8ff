/**
 * Problems found while reading or building a network. The core returns codes and parameters,
 * never sentences: the app and the CLI turn them into German or English.
 */
/** Every problem code; the app's problems.de.json / problems.en.json hold a message for each. */
export const PROBLEM_CODES = [
  'unreadable-file',
  'empty-file',
  'missing-column',
  'empty-name',
  'duplicate-id',
  'conflicting-partner',
  'unknown-partner',
  'intensity-out-of-range',
  'self-tie',
  'duplicate-tie',
  'ragged-row',
  'invalid-year',
  'file-too-large',
  'workbook-too-large',
  'workbook-part-too-large',
  'too-many-rows',
  'too-many-columns',
  'too-many-cells',
  'field-too-long',
  'unknown-table',
  'unterminated-quote',
  'duplicate-partner',
  'invalid-intensity',
  'intensity-rounded',
  'invalid-agreement',
  'matrix-asymmetric',
  'weights-kept',
  'header-below-top',
  'near-miss-partner',
  'ambiguous-partner',
  'utf8-line',
  'control-characters',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Severity = 'error' | 'warning';

export interface Problem {
  /** The file the problem is in, as the user named it. */
  file: string;
  /** 1-based line in the file where the record starts; null for whole-file problems. */
  line: number | null;
  /** The column (header text) where it applies. */
  column?: string;
  severity: Severity;
  code: ProblemCode;
  /** Values the message is built from (names, numbers). */
  params: Record<string, string | number>;
}

export function problem(
  code: ProblemCode,
  file: string,
  line: number | null,
  params: Record<string, string | number> = {},
  severity: Severity = 'error',
  column?: string,
): Problem {
  const p: Problem = { file, line, severity, code, params };
  if (column !== undefined) p.column = column;
  return p;
}
