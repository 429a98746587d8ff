import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main';

export const root = resolve(import.meta.dirname, '../..');
export const sample = (name: string) => resolve(root, 'data/beispielkreis', name);

/** The whole Beispielkreis: partners, cooperations, offers and working groups. */
export const SAMPLE_FILES = [
  '--partners',
  sample('partner.csv'),
  '--links',
  sample('kooperationen.csv'),
  '--offers',
  sample('angebote.csv'),
  '--memberships',
  sample('gremien.csv'),
];

export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'nwk-cli-'));
}

export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}
