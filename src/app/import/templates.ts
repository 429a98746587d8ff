import type { TableKind } from '../../core/import/types';
import partners from '../../../data/templates/partnerliste.csv?raw';
import cooperations from '../../../data/templates/kooperationen.csv?raw';
import matrix from '../../../data/templates/kooperationsmatrix.csv?raw';
import offers from '../../../data/templates/angebote.csv?raw';
import memberships from '../../../data/templates/gremien.csv?raw';

/** One of the empty tables in data/templates: the file offered for download and its sheet name. */
export interface CsvTemplate {
  kind: TableKind;
  file: string;
  /** The sheet in the workbook template: German like the headers it holds. */
  sheet: string;
  /** The file as stored: UTF-8 with BOM, ';', a header and a '#' explanation row. */
  text: string;
}

const BOM = '\uFEFF';

/** The BOM is what makes Excel open the file as UTF-8 on a double click, so it is kept. */
function withBom(text: string): string {
  return text.startsWith(BOM) ? text : BOM + text;
}

export const CSV_TEMPLATES: readonly CsvTemplate[] = [
  { kind: 'partners', file: 'partnerliste.csv', sheet: 'Partnerliste', text: withBom(partners) },
  {
    kind: 'cooperations',
    file: 'kooperationen.csv',
    sheet: 'Kooperationsliste',
    text: withBom(cooperations),
  },
  {
    kind: 'matrix',
    file: 'kooperationsmatrix.csv',
    sheet: 'Kooperationsmatrix',
    text: withBom(matrix),
  },
  { kind: 'offers', file: 'angebote.csv', sheet: 'Angebote', text: withBom(offers) },
  { kind: 'memberships', file: 'gremien.csv', sheet: 'Gremien', text: withBom(memberships) },
];

export const WORKBOOK_TEMPLATE_FILE = 'netzwerkkarte-vorlage.xlsx';
