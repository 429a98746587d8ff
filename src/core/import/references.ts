import { problem, type Problem } from '../model/problems';
import type { Partner } from '../model/types';
import type { PartnerRegistry } from './registry';
import type { Table } from './types';

/**
 * The partner a cell names by ID or name, or undefined with an error (empty cell, unknown name, a
 * name two partners share). A near miss of one partner's name is taken with a warning naming both
 * spellings; it and a shared name are noted for the review, where the user can choose the partner
 * meant, and her choice wins.
 */
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
  const { log } = registry;
  const chosen = log.choice('partner', reference);
  const found = registry.lookup(reference);
  if (chosen !== undefined && found.how !== 'exact') {
    const partner = registry.byIdentifier(chosen);
    const candidates = found.how === 'ambiguous' ? found.candidates : [];
    const offered = found.how === 'near-miss' ? [found.partner] : candidates;
    log.note({
      field: 'partner',
      written: reference,
      readAs: partner?.id ?? null,
      reason: 'chosen',
      choices: offered.map(choiceOf),
      file: table.name,
      line,
    });
    return partner;
  }
  if (found.how === 'exact') return found.partner;
  if (found.how === 'near-miss') {
    const { partner } = found;
    problems.push(
      problem(
        'near-miss-partner',
        table.name,
        line,
        { name: reference, used: partner.name, id: partner.id },
        'warning',
        column,
      ),
    );
    log.note({
      field: 'partner',
      written: reference,
      readAs: partner.id,
      reason: 'near-miss',
      choices: [choiceOf(partner)],
      file: table.name,
      line,
    });
    return partner;
  }
  if (found.how === 'ambiguous') {
    const ids = found.candidates.map((p) => p.id).join(', ');
    problems.push(
      problem('ambiguous-partner', table.name, line, { name: reference, ids }, 'error', column),
    );
    log.note({
      field: 'partner',
      written: reference,
      readAs: null,
      reason: 'ambiguous',
      choices: found.candidates.map(choiceOf),
      file: table.name,
      line,
    });
    return undefined;
  }
  problems.push(problem('unknown-partner', table.name, line, { name: reference }, 'error', column));
  return undefined;
}

function choiceOf(partner: Partner): { value: string; label: string } {
  return { value: partner.id, label: partner.name };
}
