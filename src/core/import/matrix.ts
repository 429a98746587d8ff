import { problem, type Problem } from '../model/problems';
import { createCooperation, type Intensity, type Partner } from '../model/types';
import { resolveReference } from './references';
import type { PartnerRegistry } from './registry';
import { pairKey, type TieSet } from './ties';
import type { Table } from './types';
import { readIntensity } from './values';
import { note } from './rows';

interface Cell {
  row: Partner;
  column: Partner;
  intensity: Intensity;
  line: number;
}

/**
 * Reads a Kooperationsmatrix: partners down the first column and across the first row; a blank
 * or 0 cell is no tie, 'x' is a tie of intensity 1, a number is an intensity (rules of
 * `readIntensity`). A triangular matrix is read as it stands; a full matrix should be symmetric,
 * and where a cell and its mirror differ the higher value counts and the user is told. Ties come
 * out in reading order, the row partner first.
 */
export function readMatrix(
  table: Table,
  registry: PartnerRegistry,
  ties: TieSet,
  problems: Problem[],
): void {
  const columns = table.header.map((head, index) =>
    index === 0 || head === ''
      ? undefined
      : resolveReference(head, table, table.headerLine, head, registry, problems),
  );
  const cells = new Map<string, Cell>();
  for (const row of table.rows) {
    const name = row.cells[0] ?? '';
    const partner =
      name === ''
        ? undefined
        : resolveReference(name, table, row.line, table.header[0], registry, problems);
    if (partner === undefined) continue;
    row.cells.forEach((value, index) => {
      const column = columns[index];
      if (column === undefined || value === '' || value === '0' || column.id === partner.id) return;
      const reading =
        value.toLowerCase() === 'x' ? { value: 1 as Intensity } : readIntensity(value);
      note(reading, table, row.line, table.header[index], problems);
      cells.set(`${partner.id}\u0000${column.id}`, {
        row: partner,
        column,
        intensity: reading.value,
        line: row.line,
      });
    });
  }
  const full = [...cells.values()].some(
    (cell) => cell.row.id < cell.column.id && cells.has(`${cell.column.id}\u0000${cell.row.id}`),
  );
  const done = new Set<string>();
  for (const cell of cells.values()) {
    const pair = pairKey(cell.row.id, cell.column.id);
    if (done.has(pair)) continue;
    done.add(pair);
    const mirror = cells.get(`${cell.column.id}\u0000${cell.row.id}`)?.intensity ?? 0;
    if (full && cell.intensity !== mirror) {
      problems.push(
        problem(
          'matrix-asymmetric',
          table.name,
          cell.line,
          { source: cell.row.name, target: cell.column.name, value: cell.intensity, mirror },
          'warning',
        ),
      );
    }
    const intensity = Math.max(cell.intensity, mirror) as Intensity;
    ties.add(
      createCooperation({ source: cell.row.id, target: cell.column.id, intensity }),
      cell.row,
      cell.column,
      table.name,
      cell.line,
      problems,
    );
  }
}
