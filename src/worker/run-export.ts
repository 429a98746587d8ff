import { networkToCsv } from '../core/export/csv';
import { networkToGexf } from '../core/export/gexf';
import { networkToGraphml } from '../core/export/graphml';
import { networkToJson } from '../core/export/json';
import { networkTables } from '../core/export/networkTables';
import { mapToSvg, REPORT_MAP_LABELS } from '../core/export/svg';
import { tablesToXlsx } from '../core/export/xlsx';
import type { ExportTask, TaskResults } from './protocol';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Writes one export file; the export worker's whole work. */
export async function runExport(task: ExportTask): Promise<TaskResults['export']> {
  switch (task.format) {
    case 'xlsx': {
      const { partners, cooperations } = networkTables(task.network);
      return tablesToXlsx([partners, cooperations, ...task.tables]);
    }
    case 'gexf':
      return utf8(networkToGexf(task.network, task.decoration));
    case 'graphml':
      return utf8(networkToGraphml(task.network, task.decoration));
    case 'partners-csv':
      return utf8(networkToCsv(task.network).partners);
    case 'cooperations-csv':
      return utf8(networkToCsv(task.network).cooperations);
    case 'json':
      return utf8(networkToJson(task.network));
    case 'report-map':
      return utf8(reportMap(task));
  }
}

/**
 * The partners the map has placed, and the ties between them; a partner with more cooperations is
 * drawn larger, and the largest are labelled (as the CLI's report map does).
 */
function reportMap(task: Extract<ExportTask, { format: 'report-map' }>): string {
  const { network, positions, sectorColors } = task;
  const edges = network.cooperations.filter(
    (c) => positions.has(c.source) && positions.has(c.target),
  );
  const degree = new Map<string, number>();
  for (const { source, target } of edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return mapToSvg({
    title: task.title,
    nodes: network.partners.flatMap((p) => {
      const at = positions.get(p.id);
      if (at === undefined) return [];
      const color = sectorColors.get(p.sector) ?? '#777777';
      const size = 3 + 1.5 * Math.sqrt(degree.get(p.id) ?? 0);
      return [{ id: p.id, label: p.name, x: at.x, y: at.y, size, color }];
    }),
    edges: edges.map((c) => ({
      source: c.source,
      target: c.target,
      size: 0.4 + 0.4 * c.intensity,
    })),
    legend: task.legend,
    labelled: REPORT_MAP_LABELS,
  });
}
