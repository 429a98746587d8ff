import { zipSync } from 'fflate';
import { escapeXml } from '../export/xml-text';

/**
 * A small SpreadsheetML (ECMA-376) writer for the survey's forms: the parts a form needs that
 * write-excel-file does not write — drop-down lists (data validation), sheet protection with
 * unlocked answer cells, hidden sheets, a locked workbook structure. Text is only ever a shared
 * string, never a formula: a partner's name such as "=HYPERLINK(…)" stays text in Excel and
 * LibreOffice. Its output is deterministic: the same form gives the same bytes.
 */

/** The cell looks the forms use; `answer` is the only unlocked one. */
export type FormStyle = 'plain' | 'header' | 'answer' | 'wrap' | 'title' | 'bold' | 'muted';

const STYLE_INDEX: Readonly<Record<FormStyle, number>> = {
  plain: 0,
  header: 1,
  answer: 2,
  wrap: 3,
  title: 4,
  bold: 5,
  muted: 6,
};

export interface FormCell {
  value: string | number | null;
  style?: FormStyle;
}

export interface ListValidation {
  kind: 'list';
  /** Cells it applies to, e.g. "B2:B40". */
  range: string;
  /** A defined name of the workbook that holds the list. */
  source: string;
  prompt?: { title: string; text: string };
  error: { title: string; text: string };
}

export interface TextValidation {
  kind: 'text-length';
  range: string;
  maxLength: number;
  error: { title: string; text: string };
}

export interface FormSheet {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Rows from row 1 and cells from column A; null leaves a cell out. */
  rows: (FormCell | null)[][];
  /** Column widths in characters, from column A. */
  widths?: number[];
  /** Row heights in points by 1-based row number. */
  heights?: Record<number, number>;
  /** Rows and columns kept in view while scrolling. */
  freeze?: { rows: number; columns: number };
  validations?: (ListValidation | TextValidation)[];
  /** Protected: only cells in the `answer` style can be changed. */
  protect?: boolean;
  landscape?: boolean;
}

export interface FormWorkbook {
  sheets: FormSheet[];
  /** Names for ranges, e.g. the lists of the drop-downs: name → "'Listen'!$A$1:$A$5". */
  definedNames: { name: string; range: string }[];
  /** The sheet shown on opening (0-based). */
  activeSheet: number;
  /** Written as the workbook's created and modified time and as the parts' time in the archive. */
  written: Date;
  title: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's limits on a data validation's texts (it refuses the file beyond them). */
const PROMPT_TITLE_LENGTH = 32;
const PROMPT_TEXT_LENGTH = 255;

export function writeFormWorkbook(workbook: FormWorkbook): Uint8Array {
  const strings = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  const put = (path: string, xml: string) => {
    files[path] = encoder.encode(DECLARATION + xml);
  };
  workbook.sheets.forEach((sheet, index) =>
    put(
      `xl/worksheets/sheet${index + 1}.xml`,
      worksheetXml(sheet, strings, index === workbook.activeSheet),
    ),
  );
  put('[Content_Types].xml', contentTypes(workbook.sheets.length));
  put(
    '_rels/.rels',
    relationships([
      ['rId1', 'officeDocument', 'xl/workbook.xml'],
      ['rId2', 'package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
    ]),
  );
  put('docProps/core.xml', coreProperties(workbook));
  put('xl/workbook.xml', workbookXml(workbook));
  put(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...workbook.sheets.map(
        (_sheet, index) =>
          [`rId${index + 1}`, 'worksheet', `worksheets/sheet${index + 1}.xml`] as const,
      ),
      [`rId${workbook.sheets.length + 1}`, 'styles', 'styles.xml'],
      [`rId${workbook.sheets.length + 2}`, 'sharedStrings', 'sharedStrings.xml'],
    ]),
  );
  put('xl/styles.xml', STYLES);
  put('xl/sharedStrings.xml', strings.xml());
  return zipSync(files, { level: 6, mtime: zipTime(workbook.written) });
}

/** A ZIP archive holds times from 1980 to 2107 only (fflate throws outside). */
export function zipTime(date: Date): Date {
  const year = date.getUTCFullYear();
  return Number.isNaN(year) || year < 1981 || year > 2100 ? new Date('2000-01-01T00:00:00Z') : date;
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function worksheetXml(sheet: FormSheet, strings: SharedStrings, active: boolean): string {
  const width = Math.max(1, ...sheet.rows.map((row) => row.length));
  const height = Math.max(1, sheet.rows.length);
  const parts = [`<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`];
  parts.push(`<dimension ref="A1:${columnLetters(width)}${height}"/>`);
  parts.push(`<sheetViews><sheetView workbookViewId="0"${active ? ' tabSelected="1"' : ''}>`);
  if (sheet.freeze !== undefined && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    const corner = `${columnLetters(columns + 1)}${rows + 1}`;
    const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    parts.push(
      `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${corner}" activePane="${pane}" state="frozen"/>`,
      `<selection pane="${pane}" activeCell="${corner}" sqref="${corner}"/>`,
    );
  }
  parts.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.widths !== undefined && sheet.widths.length > 0)
    parts.push(
      `<cols>${sheet.widths
        .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${round(w)}" customWidth="1"/>`)
        .join('')}</cols>`,
    );
  parts.push('<sheetData>');
  sheet.rows.forEach((row, index) => {
    const number = index + 1;
    const height = sheet.heights?.[number];
    const cells = row
      .map((cell, column) => (cell === null ? '' : cellXml(cell, column + 1, number, strings)))
      .join('');
    if (cells === '' && height === undefined) return;
    parts.push(
      `<row r="${number}"${height === undefined ? '' : ` ht="${round(height)}" customHeight="1"`}>${cells}</row>`,
    );
  });
  parts.push('</sheetData>');
  if (sheet.protect === true)
    parts.push(
      '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>',
    );
  const validations = sheet.validations ?? [];
  if (validations.length > 0)
    parts.push(
      `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`,
    );
  parts.push(
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
  );
  parts.push(
    `<pageSetup paperSize="9"${sheet.landscape === true ? ' orientation="landscape"' : ''}/>`,
  );
  parts.push('</worksheet>');
  return parts.join('');
}

function cellXml(cell: FormCell, column: number, row: number, strings: SharedStrings): string {
  const style = STYLE_INDEX[cell.style ?? 'plain'];
  const reference = `${columnLetters(column)}${row}`;
  const s = style === 0 ? '' : ` s="${style}"`;
  if (cell.value === null || cell.value === '') return `<c r="${reference}"${s}/>`;
  if (typeof cell.value === 'number')
    return Number.isFinite(cell.value)
      ? `<c r="${reference}"${s}><v>${cell.value}</v></c>`
      : `<c r="${reference}"${s}/>`;
  return `<c r="${reference}"${s} t="s"><v>${strings.index(cell.value)}</v></c>`;
}

function validationXml(validation: ListValidation | TextValidation): string {
  const error = ` showErrorMessage="1" errorStyle="stop" errorTitle="${escapeXml(limit(validation.error.title, PROMPT_TITLE_LENGTH))}" error="${escapeXml(limit(validation.error.text, PROMPT_TEXT_LENGTH))}"`;
  if (validation.kind === 'text-length')
    return `<dataValidation type="textLength" operator="lessThanOrEqual" allowBlank="1"${error} sqref="${validation.range}"><formula1>${validation.maxLength}</formula1></dataValidation>`;
  const prompt =
    validation.prompt === undefined
      ? ''
      : ` showInputMessage="1" promptTitle="${escapeXml(limit(validation.prompt.title, PROMPT_TITLE_LENGTH))}" prompt="${escapeXml(limit(validation.prompt.text, PROMPT_TEXT_LENGTH))}"`;
  return `<dataValidation type="list" allowBlank="1"${prompt}${error} sqref="${validation.range}"><formula1>${escapeXml(validation.source)}</formula1></dataValidation>`;
}

/** A text cut to Excel's length for a validation's title or message, ending in "…" when cut. */
function limit(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('')}…`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function workbookXml(workbook: FormWorkbook): string {
  const sheets = workbook.sheets
    .map((sheet, index) => {
      const state =
        sheet.state === undefined || sheet.state === 'visible' ? '' : ` state="${sheet.state}"`;
      return `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}"${state} r:id="rId${index + 1}"/>`;
    })
    .join('');
  const names =
    workbook.definedNames.length === 0
      ? ''
      : `<definedNames>${workbook.definedNames
          .map(
            (n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(n.range)}</definedName>`,
          )
          .join('')}</definedNames>`;
  // A locked structure keeps the hidden sheets hidden and the sheets' names and order as written.
  return `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><workbookPr/><workbookProtection lockStructure="1"/><bookViews><workbookView activeTab="${workbook.activeSheet}"/></bookViews><sheets>${sheets}</sheets>${names}<calcPr calcId="0"/></workbook>`;
}

function contentTypes(sheets: number): string {
  const overrides = [
    [
      '/xl/workbook.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    ],
    ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
    [
      '/xl/sharedStrings.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
    ],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ...Array.from({ length: sheets }, (_x, i) => [
      `/xl/worksheets/sheet${i + 1}.xml`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    ]),
  ];
  return `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('')}</Types>`;
}

function relationships(entries: readonly (readonly [string, string, string])[]): string {
  return `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${entries
    .map(([id, type, target]) => {
      const full = type.startsWith('package/')
        ? `http://schemas.openxmlformats.org/${type}`
        : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`;
      return `<Relationship Id="${id}" Type="${full}" Target="${target}"/>`;
    })
    .join('')}</Relationships>`;
}

function coreProperties(workbook: FormWorkbook): string {
  const time = `${workbook.written.toISOString().slice(0, 19)}Z`;
  return `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(workbook.title)}</dc:title><dc:creator>Netzwerkkarte</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified></cp:coreProperties>`;
}

/**
 * The workbook's shared strings. Text is written as every reader reads it back (ECMA-376 Part 1,
 * § 22.9.2.19): "_x0041_" in a name would be read as "A", so its "_" is written "_x005F_"; spaces
 * at the ends are kept.
 */
class SharedStrings {
  private readonly indices = new Map<string, number>();
  private readonly texts: string[] = [];

  index(text: string): number {
    let index = this.indices.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.indices.set(text, index);
      this.texts.push(text);
    }
    return index;
  }

  xml(): string {
    const items = this.texts
      .map((text) => {
        const escaped = escapeXml(text.replace(/_(?=x[0-9A-Fa-f]{4}_)/gu, '_x005F_'));
        const space = text !== text.trim() ? ' xml:space="preserve"' : '';
        return `<si><t${space}>${escaped}</t></si>`;
      })
      .join('');
    return `<sst xmlns="${MAIN}" count="${this.texts.length}" uniqueCount="${this.texts.length}">${items}</sst>`;
  }
}

/**
 * Fonts: normal, bold, large bold, grey. Fills: none, gray125 (both required), light grey for
 * headers, light yellow for answers. Borders: none, thin grey. The cell formats follow
 * STYLE_INDEX; only `answer` is unlocked (ECMA-376 Part 1, § 18.8.33: cells are locked by default).
 */
const STYLES = `<styleSheet xmlns="${MAIN}"><fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font><font><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
