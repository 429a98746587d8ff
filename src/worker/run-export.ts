import { networkToCsv } from '../core/export/csv';
import { networkToGexf } from '../core/export/gexf';
import { networkToGraphml } from '../core/export/graphml';
import { networkToJson } from '../core/export/json';
import { networkTables } from '../core/export/networkTables';
import { reportMapSvg } from '../core/export/report-map';
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
      return utf8(reportMapSvg(task));
  }
}
