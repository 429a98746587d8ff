import type { CatalogueProblem, CatalogueProblemCode } from './types';

export function catalogueProblem(
  code: CatalogueProblemCode,
  where: { path?: string; line?: number | null },
  params: Record<string, string | number> = {},
  severity: CatalogueProblem['severity'] = 'error',
): CatalogueProblem {
  return { code, severity, path: where.path ?? '', line: where.line ?? null, params };
}

export function hasErrors(problems: readonly CatalogueProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
