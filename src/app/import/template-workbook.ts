import Papa from 'papaparse';
import { tablesToXlsx } from '../../core/export/xlsx';
import type { Table } from '../../core/export/table';
import type { CsvTemplate } from './templates';

/**
 * The CSV templates as one workbook, a sheet each, with the same German header and '#'
 * explanation row (the importer skips rows starting with '#', in sheets as in CSV files).
 * Built from the CSV files so that both kinds of template always say the same.
 */
export function templateWorkbook(templates: readonly CsvTemplate[]): Promise<Uint8Array> {
  return tablesToXlsx(templates.map(templateTable));
}

function templateTable(template: CsvTemplate): Table {
  const parsed = Papa.parse<string[]>(template.text.replace(/^\uFEFF/, ''), {
    delimiter: ';',
    skipEmptyLines: true,
  });
  const [headers = [], ...rows] = parsed.data;
  return { name: template.sheet, headers, rows };
}
