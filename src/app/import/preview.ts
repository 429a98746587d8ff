import type { FilePreview } from '../../core/import/preview';
import type { InputFile } from '../../core/import/types';
import { isWorkbook } from '../../core/import/workbook-signature';
import { runInWorker } from '../worker/client';
import { PREVIEW_LIMIT_BYTES, PREVIEW_READ_ROWS, type EncodingChoice } from './options';

/**
 * The preview of a file. A small text file is previewed on the page (its first rows decode and
 * split in milliseconds; the reader is loaded on first use, so that it stays out of the first
 * bundle); a workbook, whose archive may inflate to far more than it looks, and a large text file
 * are previewed in the import worker, which reads only the rows shown.
 */
export async function previewTables(
  file: InputFile,
  encoding: EncodingChoice,
): Promise<FilePreview[]> {
  const options = { maxRows: PREVIEW_READ_ROWS, ...(encoding === '' ? {} : { encoding }) };
  if (!isWorkbook(file.bytes) && file.bytes.length <= PREVIEW_LIMIT_BYTES) {
    const { previewText } = await import('../../core/import/preview-text');
    return [previewText(file, options)];
  }
  return runInWorker({ task: 'preview', file: { name: file.name, bytes: file.bytes }, ...options })
    .result;
}
