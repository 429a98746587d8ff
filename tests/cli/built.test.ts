import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, root, SAMPLE_FILES } from './helpers';

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
});
