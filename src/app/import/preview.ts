import type { FilePreview } from '../../core/import/preview';
import type { InputFile } from '../../core/import/types';
import { PREVIEW_LIMIT_BYTES, PREVIEW_READ_ROWS, type EncodingChoice } from './options';

/**
 * The preview of a file on the main thread, or null when it is too large for that. The importer is
 * loaded on first use, so that it stays out of the first bundle.
 */
export async function previewTables(
  file: InputFile,
  encoding: EncodingChoice,
): Promise<FilePreview[] | null> {
  if (file.bytes.length > PREVIEW_LIMIT_BYTES) return null;
  const { previewFile } = await import('../../core/import/preview');
  return previewFile(file, {
    maxRows: PREVIEW_READ_ROWS,
    ...(encoding === '' ? {} : { encoding }),
  });
}
