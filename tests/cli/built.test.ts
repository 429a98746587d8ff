import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cli, root, SAMPLE_FILES, temporaryFolder } from './helpers';

describe('npm run cli: the command line as built JavaScript', () => {
  it('writes the same analysis as the sources run in this process', async () => {
    // Builds the bundle first when a source is newer than it (node_modules/.cache).
    const built = execFileSync('node', ['build/cli.mjs', 'analyse', ...SAMPLE_FILES], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { code, stdout } = await cli('analyse', ...SAMPLE_FILES);
    expect(code).toBe(0);
    expect(built).toBe(stdout);
  }, 120_000);

  it('ends with the exit code of a usage error', () => {
    let status: number | null = 0;
    try {
      execFileSync('node', ['build/cli.mjs', 'analyse', '--samples', '0', ...SAMPLE_FILES], {
        cwd: root,
        stdio: 'pipe',
      });
    } catch (error) {
      status = (error as { status: number | null }).status;
    }
    expect(status).toBe(2);
  }, 120_000);

  it('shares the shortest paths out among threads with the same JSON as one thread', async () => {
    const folder = temporaryFolder();
    // 3,000 partners: large enough for the sweep to be shared out (see parallel-sweep.ts).
    expect((await cli('generate', '--partners', '3000', '--seed', '2', '--out', folder)).code).toBe(
      0,
    );
    const files = [
      '--partners',
      join(folder, 'partner.csv'),
      '--links',
      join(folder, 'kooperationen.csv'),
    ];
    const run = (threads: string) =>
      execFileSync('node', ['build/cli.mjs', 'analyse', '--threads', threads, ...files], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
    const one = run('1');
    expect(JSON.parse(one).partners).toHaveLength(3000);
    expect(run('2')).toBe(one);
  }, 240_000);
});
