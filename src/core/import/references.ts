import { problem, type Problem } from '../model/problems';
import type { Partner } from '../model/types';
import type { PartnerRegistry } from './registry';
import type { Table } from './types';

/** The partner a cell names by ID or name, or undefined with an error (empty cell, unknown name). */
export function resolveReference(
  reference: string,
  table: Table,
  line: number,
  column: string | undefined,
  registry: PartnerRegistry,
  problems: Problem[],
): Partner | undefined {
  if (reference === '') {
    problems.push(problem('empty-name', table.name, line, {}, 'error', column));
    return undefined;
  }
  const partner = registry.resolve(reference);
  if (partner === undefined)
    problems.push(
      problem('unknown-partner', table.name, line, { name: reference }, 'error', column),
    );
  return partner;
}
