import { problem, type Problem } from '../model/problems';
import type { Cooperation } from '../model/types';
import type { ColumnPlan } from './columns';
import { resolveReference } from './references';
import type { PartnerRegistry } from './registry';
import { note, RowReader } from './rows';
import type { TieSet } from './ties';
import type { Table, TableRow } from './types';
import { readIntensityCell } from './intensity-words';
import { InterpretationLog } from './interpretations';
import { readAgreement, readYear } from './values';
import { ownWeights } from './weights';

/** Gephi's edge "Type" says whether an edge is directed; it is not a kind of cooperation. */
const GEPHI_DIRECTEDNESS = new Set(['directed', 'undirected', 'mixed']);

/** Compared in lower case, but only a cell as long as one of the words is lowered (a copy a row). */
function isGephiDirectedness(kind: string): boolean {
  return kind.length >= 5 && kind.length <= 10 && GEPHI_DIRECTEDNESS.has(kind.toLowerCase());
}

/**
 * Reads a cooperation list (Kooperationsliste; Gephi edge table; Kumu connections). Each row names
 * two partners by ID or by name. Rows naming an unknown partner, no partner, or the same partner
 * twice are left out with an error; the others become ties. A weight column off the 1–4 scale is
 * kept as the ties' own weights (see {@link ownWeights}).
 */
export function readCooperationTable(
  table: Table,
  plan: ColumnPlan<'cooperations'>,
  registry: PartnerRegistry,
  ties: TieSet,
  problems: Problem[],
  log: InterpretationLog = new InterpretationLog(),
): void {
  const read = new RowReader(table, plan);
  const column = {
    source: read.header('source'),
    target: read.header('target'),
    intensity: read.header('intensity'),
    formal: read.header('formal'),
    since: read.header('since'),
  };
  const partnerIn = (row: TableRow, field: 'source' | 'target') =>
    resolveReference(read.cell(row, field), table, row.line, column[field], registry, problems);
  const intensityCell = (row: TableRow) => read.cell(row, 'intensity');
  const weightOf = ownWeights(table, intensityCell, column.intensity, problems);
  for (const row of table.rows) {
    read.checkWidth(row, problems);
    const { line } = row;
    const source = partnerIn(row, 'source');
    const target = partnerIn(row, 'target');
    if (source === undefined || target === undefined) continue;
    if (source.id === target.id) {
      problems.push(problem('self-tie', table.name, line, { name: source.name }));
      continue;
    }
    const cell = intensityCell(row);
    const intensity = readIntensityCell(cell, log, table.name, line);
    // A table of weights has had its one warning: the rounding into 1–4 is not told per row.
    if (weightOf === undefined) note(intensity, table, line, column.intensity, problems);
    const formal = readAgreement(read.cell(row, 'formal'));
    note(formal, table, line, column.formal, problems);
    const since = readYear(read.cell(row, 'since'));
    note(since, table, line, column.since, problems);
    const kind = read.cell(row, 'kind');
    // Every field given, in createCooperation's order: the same tie, without its defaults and spread.
    const cooperation: Cooperation = {
      intensity: intensity.value,
      formal: formal.value,
      kind: isGephiDirectedness(kind) ? '' : kind,
      since: since.value,
      attributes: read.attributes(row),
      source: source.id,
      target: target.id,
    };
    if (weightOf !== undefined) cooperation.weight = weightOf(cell);
    ties.add(cooperation, source, target, table.name, line, problems);
  }
}
