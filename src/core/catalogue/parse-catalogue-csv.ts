import Papa from 'papaparse';
import { catalogueColumns, REQUIRED_COLUMNS, type CatalogueColumn } from './catalogue-csv-columns';
import { checkCatalogue } from './check-catalogue';
import { catalogueTextTooLarge, catalogueTooLarge } from './limits';
import { normaliseName } from './normalise';
import { parseBasis } from './parse-basis';
import { catalogueProblem, hasErrors } from './problems';
import type { Catalogue, CatalogueProblem, CatalogueResult, CatalogueSector } from './types';

/** What a CSV cannot say about itself: the catalogue's name, version and source. */
export interface CatalogueMeta {
  id: string;
  version: string;
  source: string;
}

/** Several spellings in one cell are separated by "|" (commas occur inside names). */
const SYNONYM_SEPARATOR = '|';

interface Row {
  line: number;
  cells: string[];
}

/**
 * Reads a catalogue table as edited in Excel, one row a type: Sektor;Typ;Grundlage;Synonyme, with
 * optional ids and English labels. Missing ids are derived from the German label.
 */
export function parseCatalogueCsv(text: string, meta: CatalogueMeta): CatalogueResult {
  const tooLong = catalogueTextTooLarge(text);
  if (tooLong !== null) return { catalogue: null, problems: [tooLong] };
  const [header, ...rows] = readRows(text.replace(/^\uFEFF/u, ''));
  if (header === undefined) {
    return {
      catalogue: null,
      problems: [catalogueProblem('missing-column', { line: 1 }, { column: 'sector' })],
    };
  }
  const columns = catalogueColumns(header.cells);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    const problems = missing.map((column) =>
      catalogueProblem('missing-column', { line: 1 }, { column }),
    );
    return { catalogue: null, problems };
  }
  const problems: CatalogueProblem[] = [];
  const sectors = new Map<string, CatalogueSector>();
  for (const row of rows) addRow(row, (column) => cell(row, columns, column), sectors, problems);
  const catalogue: Catalogue = { ...meta, sectors: [...sectors.values()] };
  const tooLarge = catalogueTooLarge(catalogue);
  if (tooLarge !== null) return { catalogue: null, problems: [tooLarge] };
  for (const found of checkCatalogue(catalogue)) problems.push(found);
  return { catalogue: hasErrors(problems) ? null : catalogue, problems };
}

function addRow(
  row: Row,
  read: (column: CatalogueColumn) => string,
  sectors: Map<string, CatalogueSector>,
  problems: CatalogueProblem[],
): void {
  const where = { line: row.line };
  const sectorLabel = read('sector');
  const typeLabel = read('type');
  const basis = parseBasis(read('basis'));
  if (sectorLabel === '')
    problems.push(catalogueProblem('empty-field', where, { column: 'sector' }));
  if (typeLabel === '') problems.push(catalogueProblem('empty-field', where, { column: 'type' }));
  if (basis === null)
    problems.push(catalogueProblem('unknown-basis', where, { value: read('basis') }));
  if (sectorLabel === '' || typeLabel === '' || basis === null) return;
  const sectorId = read('sectorId') || slug(sectorLabel);
  let sector = sectors.get(sectorId);
  if (sector === undefined) {
    sector = {
      id: sectorId,
      label: { de: sectorLabel, en: read('sectorEn') || sectorLabel },
      synonyms: [],
      types: [],
    };
    sectors.set(sectorId, sector);
  } else if (sector.label.de !== sectorLabel) {
    const params = { sector: sectorId, label: sectorLabel };
    problems.push(catalogueProblem('conflicting-sector-label', where, params, 'warning'));
  }
  for (const synonym of splitSynonyms(read('sectorSynonyms'))) {
    if (!sector.synonyms.includes(synonym)) sector.synonyms.push(synonym);
  }
  sector.types.push({
    id: read('typeId') || slug(typeLabel),
    label: { de: typeLabel, en: read('typeEn') || typeLabel },
    basis,
    synonyms: splitSynonyms(read('synonyms')),
  });
}

function cell(row: Row, columns: Map<CatalogueColumn, number>, column: CatalogueColumn): string {
  const index = columns.get(column);
  return index === undefined ? '' : (row.cells[index] ?? '').trim();
}

function splitSynonyms(text: string): string[] {
  return text
    .split(SYNONYM_SEPARATOR)
    .map((synonym) => synonym.trim())
    .filter((synonym) => synonym !== '');
}

/** "Kinder- und Jugendhilfe" → "kinder-jugendhilfe": the id a label gets when none is given. */
function slug(label: string): string {
  return normaliseName(label).replace(/ /gu, '-');
}

/** Rows with the line each starts on, so quoted line breaks do not shift later line numbers. */
function readRows(text: string): Row[] {
  const rows: Row[] = [];
  let consumed = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: headerDelimiter(text),
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      const cells = result.data;
      if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
      line += countLineBreaks(text.slice(consumed, cursor));
      consumed = cursor;
    },
  });
  return rows;
}

/**
 * The separator of the header line: German Excel writes ";", others "," or a tab. Decided here
 * because papaparse's guess needs several consistent rows and a catalogue may have one.
 */
function headerDelimiter(text: string): string {
  const header = text.split(/\r\n|\r|\n/u, 1)[0] ?? '';
  const count = (separator: string) => header.split(separator).length;
  return [';', '\t', ','].reduce((best, separator) =>
    count(separator) > count(best) ? separator : best,
  );
}

function countLineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/gu) ?? []).length;
}
