import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, temporaryFolder } from './helpers';

const rows = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(';'));

describe('cli generate', () => {
  it('writes a partner list with N partners and a cooperation list by partner ID, creating the folder', async () => {
    const out = join(temporaryFolder(), 'neu', 'beispiel');
    const { code } = await cli('generate', '--partners', '60', '--seed', '7', '--out', out);
    expect(code).toBe(0);
    const [partnerHeader, ...partners] = rows(join(out, 'partner.csv'));
    const [tieHeader, ...ties] = rows(join(out, 'kooperationen.csv'));
    expect(partnerHeader?.[0]).toBe('ID');
    expect(partners).toHaveLength(60);
    expect(tieHeader?.slice(0, 3)).toEqual(['Von', 'An', 'Intensität']);
    const ids = new Set(partners.map((p) => p[0]));
    expect(ties.length).toBeGreaterThan(0);
    for (const [source, target, intensity] of ties) {
      expect(ids.has(source)).toBe(true);
      expect(ids.has(target)).toBe(true);
      expect(['1', '2', '3', '4']).toContain(intensity);
    }
  });

  it('gives the same network for the same seed', async () => {
    const [a, b] = [temporaryFolder(), temporaryFolder()];
    await cli('generate', '--partners', '30', '--seed', '3', '--out', a);
    await cli('generate', '--partners', '30', '--seed', '3', '--out', b);
    expect(readFileSync(join(a, 'kooperationen.csv'), 'utf8')).toBe(
      readFileSync(join(b, 'kooperationen.csv'), 'utf8'),
    );
  });

  it('refuses a missing or impossible partner count and a missing folder', async () => {
    expect((await cli('generate', '--out', temporaryFolder())).code).toBe(2);
    expect((await cli('generate', '--partners', 'viele', '--out', temporaryFolder())).code).toBe(2);
    expect((await cli('generate', '--partners', '0', '--out', temporaryFolder())).code).toBe(2);
    expect((await cli('generate', '--partners', '10')).code).toBe(2);
  });

  it('runs as a program, and analyse reads what generate wrote', () => {
    const out = temporaryFolder();
    const cliProgram = join(root, 'build/cli.mjs');
    execFileSync(process.execPath, [cliProgram, 'generate', '--partners', '25', '--out', out], {
      cwd: root,
      stdio: 'pipe',
    });
    const json = execFileSync(
      process.execPath,
      [
        cliProgram,
        'analyse',
        '--partners',
        join(out, 'partner.csv'),
        '--links',
        join(out, 'kooperationen.csv'),
      ],
      { cwd: root, stdio: 'pipe' },
    );
    expect(JSON.parse(json.toString('utf8')).network.partners).toBe(25);
  }, 30_000);
});
