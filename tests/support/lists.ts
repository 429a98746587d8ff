import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { networkToCsv } from '../../src/core/generate/write-csv';
import type { Network } from '../../src/core/model/types';

/**
 * A network's partner and cooperation lists in a folder of their own, as Excel's "CSV UTF-8"
 * writes them (with a byte order mark), for a test to choose in the import dialog.
 */
export function writeLists(network: Network, label: string): { files: string[]; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), `netzwerkkarte-${label}-`));
  const csv = networkToCsv(network);
  const files = [join(folder, 'partner.csv'), join(folder, 'kooperationen.csv')];
  writeFileSync(files[0]!, '\uFEFF' + csv.partners);
  writeFileSync(files[1]!, '\uFEFF' + csv.cooperations);
  return { files, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
