import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { readWorkbookParts } from '../import/workbook-archive';
import { isWorkbook } from '../import/workbook-signature';
import { boundWorksheet, NOTE_MARK } from '../import/worksheet-bounds';
import { surveyProblem, type SurveyProblem } from './problems';

/** A returned file as the app's drop zone or the command line's folder gives it. */
export interface ReturnedFile {
  name: string;
  bytes: Uint8Array;
  /** The file's own date (ms since 1970), where known: File.lastModified, a file's mtime. */
  lastModified?: number | null;
}

/** A returned workbook's sheets as text, rows and columns from A1, none trusted yet. */
export interface ReturnedWorkbook {
  file: string;
  sheets: { name: string; rows: string[][] }[];
  /** The workbook's "modified" property, else the file's date (ISO); null if neither is known. */
  saved: string | null;
  /** Whether `saved` is the workbook's own property (set by Excel or LibreOffice on saving). */
  savedByWorkbook: boolean;
}

/**
 * Caps for a returned form, far above any real one (a form of 2,000 partners inflates to about
 * 3 MB) and far below what would strain a tab: a file that passes one is refused, not cut.
 */
export const SURVEY_READ_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  workbookBytes: 96 * 1024 * 1024,
  partBytes: 64 * 1024 * 1024,
  /** Rows read a sheet: a form has a row per partner (at most 2,000) and its hidden sheet a few more. */
  rows: 5000,
  /** Rows × columns a sheet may span (a value typed far right of a long sheet). */
  cells: 5_000_000,
};

/** Extensions of spreadsheets that are no .xlsx workbook: a partner saved the form in another format. */
const OTHER_SPREADSHEETS = /\.(xls|ods|fods|numbers|csv|txt|xlsb|pdf)$/iu;

/**
 * Reads a returned workbook within SURVEY_READ_LIMITS: the archive is inflated with caps
 * (workbook-archive.ts), each sheet cut to the rows read (worksheet-bounds.ts), and read-excel-file
 * reads what is left. Problems are errors: the file cannot be used at all.
 */
export async function readReturnedWorkbook(
  file: ReturnedFile,
  limits = SURVEY_READ_LIMITS,
): Promise<
  { workbook: ReturnedWorkbook; problems: [] } | { workbook: null; problems: SurveyProblem[] }
> {
  const refuse = (problem: SurveyProblem) => ({ workbook: null, problems: [problem] });
  if (OTHER_SPREADSHEETS.test(file.name) || isOpenDocument(file.bytes))
    return refuse(surveyProblem('survey-wrong-format', file.name, null));
  if (!isWorkbook(file.bytes)) return refuse(surveyProblem('survey-unreadable', file.name, null));
  if (file.bytes.length > limits.fileBytes)
    return refuse(tooLarge(file.name, 'file', megabytes(limits.fileBytes)));
  const read = readWorkbookParts(file.bytes, { limits });
  if (!read.ok)
    return refuse(
      read.reason === 'invalid'
        ? surveyProblem('survey-unreadable', file.name, null)
        : tooLarge(
            file.name,
            'inflated',
            megabytes(read.reason === 'part-too-large' ? limits.partBytes : limits.workbookBytes),
          ),
    );
  const parts: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  let modified: string | null = null;
  for (const [path, xml] of read.parts) {
    if (path === 'docProps/core.xml') modified = modifiedTime(xml);
    else if (path.includes('worksheets/') && !path.endsWith('.rels'))
      parts[path] = boundWorksheet(xml, { rows: limits.rows, cells: limits.cells, note: true });
    else parts[path] = xml;
  }
  read.parts.clear();
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(zipSync(parts, { level: 0 }).buffer);
  } catch {
    return refuse(surveyProblem('survey-unreadable', file.name, null));
  }
  const texts: ReturnedWorkbook['sheets'] = [];
  for (const { sheet, data } of sheets) {
    const rows = data.map((row) => row.map(cellText));
    const note = rows.findIndex((row) => row[0] === NOTE_MARK);
    if (note !== -1)
      return refuse(
        surveyProblem('survey-too-many-rows', file.name, null, { sheet, limit: limits.rows }),
      );
    texts.push({ name: sheet, rows });
  }
  const fileDate =
    typeof file.lastModified === 'number' && Number.isFinite(file.lastModified)
      ? new Date(file.lastModified).toISOString()
      : null;
  return {
    workbook: {
      file: file.name,
      sheets: texts,
      saved: modified ?? fileDate,
      savedByWorkbook: modified !== null,
    },
    problems: [],
  };
}

/**
 * An OpenDocument file (LibreOffice's own .ods) is a ZIP archive too; its first entry is
 * "mimetype", stored, naming the format (OpenDocument 1.2, Part 3, § 3.3).
 */
function isOpenDocument(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 100));
  return head.startsWith('mimetype') && head.includes('application/vnd.oasis.opendocument');
}

function tooLarge(file: string, what: 'file' | 'inflated', limit: number) {
  return surveyProblem('survey-too-large', file, null, { what, limit });
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/** A cell as text: numbers in JavaScript notation, dates as ISO dates, as the importer reads them. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** `dcterms:modified` of docProps/core.xml, as an ISO timestamp; null when absent or no date. */
function modifiedTime(xml: Uint8Array): string | null {
  const text = new TextDecoder().decode(xml.subarray(0, 64 * 1024));
  const match = /<dcterms:modified\b[^>]*>\s*([^<\s]+)\s*</u.exec(text);
  if (match === null) return null;
  const time = Date.parse(match[1]!);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
