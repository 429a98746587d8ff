import type { SurveyProblem, SurveyResponse } from '../../core/survey';

/** Returns read or typed in, waiting for "Übernehmen": nothing of them counts before. */
export interface PendingReturns {
  /** Each source (a file, an entry) in the order it came, with its response if one was made. */
  sources: { source: string; kind: 'form' | 'entry' }[];
  responses: SurveyResponse[];
  problems: SurveyProblem[];
}

export const NO_PENDING: PendingReturns = { sources: [], responses: [], problems: [] };

/** More returns read (a second drop, an entry): added after those waiting. */
export function addPending(
  pending: PendingReturns,
  sources: readonly { source: string; kind: 'form' | 'entry' }[],
  read: { responses: readonly SurveyResponse[]; problems: readonly SurveyProblem[] },
): PendingReturns {
  return {
    sources: [...pending.sources, ...sources],
    responses: [...pending.responses, ...read.responses],
    problems: [...pending.problems, ...read.problems],
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Per source: whose answers it holds (null: refused) and its problems, errors first, then by row. */
export function pendingBySource(pending: PendingReturns): {
  source: string;
  kind: 'form' | 'entry';
  respondent: string | null;
  problems: SurveyProblem[];
}[] {
  return pending.sources.map(({ source, kind }) => ({
    source,
    kind,
    respondent: pending.responses.find((r) => r.source === source)?.respondent ?? null,
    problems: pending.problems
      .filter((p) => p.file === source)
      .sort(
        (a, b) =>
          SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0),
      ),
  }));
}
