import { networkToCsv, tableToCsv } from '../core/export/csv';
import { networkToGexf } from '../core/export/gexf';
import { networkToGraphml } from '../core/export/graphml';
import { networkToJson } from '../core/export/json';
import { membershipTable, offerTable } from '../core/export/network-tables';
import { reportMapSvg } from '../core/export/report-map';
import { mapScene, mapToSvg } from '../core/export/svg';
import { networkToXlsx } from '../core/export/xlsx';
import { writeShareFile } from '../core/share/share-file';
import { SHARE_VIEWER } from '../share-viewer';
import { mapPicture, scenePng } from './map-picture';
import type { ExportTask, FileTask, TaskResults } from './protocol';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The export worker's whole work: one export file, or a picture of the map to show. */
export async function runExportTask(
  task: ExportTask,
): Promise<TaskResults['export'] | TaskResults['map-picture']> {
  return task.task === 'map-picture' ? mapPicture(task) : runExport(task);
}

/** Writes one export file. */
export async function runExport(task: FileTask): Promise<TaskResults['export']> {
  switch (task.format) {
    case 'xlsx': {
      const { network, offers, memberships, tables } = task;
      return networkToXlsx(network, { offers, memberships }, tables);
    }
    case 'gexf':
      return utf8(networkToGexf(task.network, task.decoration));
    case 'graphml':
      return utf8(networkToGraphml(task.network, task.decoration));
    case 'partners-csv':
      return utf8(networkToCsv(task.network).partners);
    case 'cooperations-csv':
      return utf8(networkToCsv(task.network).cooperations);
    case 'offers-csv':
      return utf8(tableToCsv(offerTable(task.offers)));
    case 'memberships-csv':
      return utf8(tableToCsv(membershipTable(task.memberships)));
    case 'json':
      return utf8(networkToJson(task.network));
    case 'report-map':
      return utf8(reportMapSvg(task));
    case 'map-svg':
      return utf8(mapToSvg(task.drawing));
    case 'map-png':
      return scenePng(mapScene(task.drawing));
    case 'share':
      return utf8(writeShareFile(task.input, SHARE_VIEWER));
  }
}
