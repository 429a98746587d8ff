import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateNetwork } from '../core/generate/generate-network';
import { networkToCsv } from '../core/generate/write-csv';
import { UsageError, type CliIo } from './io';

export const GENERATED_FILES = {
  partners: 'partner.csv',
  cooperations: 'kooperationen.csv',
} as const;

/** Upper bound of `generate --partners`: the largest networks the analysis benchmark covers. */
const MAX_PARTNERS = 50_000;

/**
 * `generate`: a seeded demonstration network written as the two CSV files a coordinator keeps, as
 * German Excel writes them (UTF-8 with BOM so Excel reads the umlauts).
 */
export async function generate(
  partners: string | undefined,
  seed: string | undefined,
  out: string | undefined,
  io: CliIo,
): Promise<number> {
  const count = wholeNumber('--partners', partners);
  if (count === undefined || count < 1 || count > MAX_PARTNERS)
    throw new UsageError(`generate: --partners must be 1 to ${MAX_PARTNERS}`);
  if (out === undefined) throw new UsageError('generate: --out DIR is required');
  const network = generateNetwork({ partners: count, seed: wholeNumber('--seed', seed) ?? 1 });
  const csv = networkToCsv(network);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, GENERATED_FILES.partners), `\uFEFF${csv.partners}`, 'utf8');
  await writeFile(join(out, GENERATED_FILES.cooperations), `\uFEFF${csv.cooperations}`, 'utf8');
  io.stderr(
    `${network.partners.length} partners, ${network.cooperations.length} cooperations → ${out}`,
  );
  return 0;
}

function wholeNumber(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/u.test(text)) throw new UsageError(`${option}: a whole number, not "${text}"`);
  return Number(text);
}
