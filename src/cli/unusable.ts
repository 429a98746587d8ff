import type { ImportResult, TableKind } from '../core/import';
import type { ProblemCode } from '../core/model/problems';

/** Problems after which a file was not read, or not read in full: its analysis would mislead. */
const NOT_READ_IN_FULL: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'unreadable-file',
  'empty-file',
  'file-too-large',
  'workbook-too-large',
  'workbook-part-too-large',
  'too-many-rows',
  'too-many-cells',
]);

/** A file given to the CLI that cannot be used as what it was given as. */
export interface UnusableFile {
  file: string;
  /** The option that named it (--partners …) and the table it should be; none for a folder's file. */
  option?: string;
  kind?: TableKind;
}

/** The files named by an option: file name → option and the kind of table it names. */
export type NamedFiles = ReadonlyMap<string, { option: string; kind: TableKind }>;

const inFile = (table: string, file: string) =>
  table === file || (table.startsWith(`${file} [`) && table.endsWith(']'));

/**
 * The files of an import that cannot be used: any file not read in full (unreadable, refused for
 * its size, its rows cut at the limit), and a file named by an option that holds no table of the
 * kind it names — an unreadable partner list must not quietly become partners taken from the
 * cooperation list.
 */
export function unusableFiles(result: ImportResult, named: NamedFiles): UnusableFile[] {
  const files = new Set<string>(named.keys());
  for (const { name } of result.summary.files) files.add(name.replace(/ \[[^\]]*\]$/u, ''));
  const unusable: UnusableFile[] = [];
  for (const file of files) {
    const given = named.get(file);
    const notRead = result.problems.some(
      (p) => p.severity === 'error' && NOT_READ_IN_FULL.has(p.code) && inFile(p.file, file),
    );
    const asNamed =
      given === undefined ||
      result.summary.files.some((f) => f.kind === given.kind && inFile(f.name, file));
    if (notRead || !asNamed) unusable.push({ file, ...given });
  }
  return unusable;
}
