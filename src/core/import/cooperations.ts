import { problem, type Problem } from '../model/problems';
import { createCooperation } from '../model/types';
import type { ColumnPlan } from './columns';
import { resolveReference } from './references';
import type { PartnerRegistry } from './registry';
import { checkRowWidth, headerOf, note, rowReader } from './rows';
import type { TieSet } from './ties';
import type { Table } from './types';
import { readAgreement, readIntensity, readYear } from './values';

/** Gephi's edge "Type" says whether an edge is directed; it is not a kind of cooperation. */
const GEPHI_DIRECTEDNESS = new Set(['directed', 'undirected', 'mixed']);

/**
 * Reads a cooperation list (Kooperationsliste; Gephi edge table; Kumu connections). Each row names
 * two partners by ID or by name. Rows naming an unknown partner, no partner, or the same partner
 * twice are left out with an error; the others become ties.
 */
export function readCooperationTable(
  table: Table,
  plan: ColumnPlan<'cooperations'>,
  registry: PartnerRegistry,
  ties: TieSet,
  problems: Problem[],
): void {
  for (const row of table.rows) {
    checkRowWidth(table, row, problems);
    const read = rowReader(plan, row);
    const [source, target] = (['source', 'target'] as const).map((field) =>
      resolveReference(
        read.cell(field),
        table,
        row.line,
        headerOf(table, plan, field),
        registry,
        problems,
      ),
    );
    if (source === undefined || target === undefined) continue;
    if (source.id === target.id) {
      problems.push(problem('self-tie', table.name, row.line, { name: source.name }));
      continue;
    }
    const intensity = readIntensity(read.cell('intensity'));
    note(intensity, table, row.line, headerOf(table, plan, 'intensity'), problems);
    const formal = readAgreement(read.cell('formal'));
    note(formal, table, row.line, headerOf(table, plan, 'formal'), problems);
    const since = readYear(read.cell('since'));
    note(since, table, row.line, headerOf(table, plan, 'since'), problems);
    const kind = read.cell('kind');
    const cooperation = createCooperation({
      source: source.id,
      target: target.id,
      intensity: intensity.value,
      formal: formal.value,
      kind: GEPHI_DIRECTEDNESS.has(kind.toLowerCase()) ? '' : kind,
      since: since.value,
      attributes: read.attributes(),
    });
    ties.add(cooperation, [source.name, target.name], table.name, row.line, problems);
  }
}
