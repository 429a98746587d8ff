import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
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

const folders: string[] = [];

// Each test file imports this module afresh, so its folders go once all its tests have read them.
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder in the temporary directory, removed after the test file's tests. */
export function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'nwk-cli-'));
  folders.push(folder);
  return folder;
}

export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}
