import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../src/core/import';
import { rawZip, workbookFrame, zeroBomb, ZEROS_PER_BLOCK } from '../core/import/workbooks';
import { cli, root, sample, temporaryFolder } from './helpers';

/** The command line as a program of its own (as `npm run cli` starts it): its exit code and both streams. */
function run(...argv: string[]) {
  const done = spawnSync(process.execPath, [join(root, 'build/cli.mjs'), ...argv], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: done.status, signal: done.signal, stdout: done.stdout, stderr: done.stderr };
}

function written(name: string, bytes: Uint8Array | string): string {
  const path = join(temporaryFolder(), name);
  writeFileSync(path, bytes);
  return path;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('the command line stops with code 1 and says why when a file it was given cannot be used', () => {
  it('an unreadable partner list is not replaced by partners taken from the cooperation list', () => {
    const partners = written('partner.xlsx', Uint8Array.from([0x50, 0x4b, 3, 4, 9, 9, 9, 9]));
    const done = run('analyse', '--partners', partners, '--links', sample('kooperationen.csv'));
    expect(done.code).toBe(1);
    expect(done.stdout).toBe('');
    expect(done.stderr).toContain('partner.xlsx: error unreadable-file:');
    expect(done.stderr).toContain(
      '--partners partner.xlsx: Die Datei kann nicht als Partnerliste verwendet werden',
    );
  }, 30_000);

  it('a workbook that inflates to 300 MB is refused with the cap in the message, in English too', () => {
    const parts = Object.entries(workbookFrame(['Partner'])).map(([name, text]) => {
      const data = encode(text);
      return { name, method: 0, data, declaredSize: data.length };
    });
    const bomb = rawZip([
      ...parts,
      {
        name: 'xl/worksheets/sheet1.xml',
        method: 8,
        data: zeroBomb(300),
        declaredSize: 1 + 300 * ZEROS_PER_BLOCK,
      },
    ]);
    const path = written('bombe.xlsx', bomb);
    const done = run(
      'analyse',
      '--lang',
      'en',
      '--partners',
      path,
      '--links',
      sample('kooperationen.csv'),
    );
    expect(done.code).toBe(1);
    expect(done.stderr).toContain(
      'bombe.xlsx: error workbook-part-too-large: A part of the workbook (“xl/worksheets/sheet1.xml”) inflates to more than 256 MB',
    );
    expect(done.stderr).toContain(
      '--partners bombe.xlsx: the file cannot be used as the Partner list (Partnerliste)',
    );
  }, 30_000);

  it(`a partner list past ${IMPORT_LIMITS.rows.toLocaleString('en')} rows stops the run instead of analysing a part of it`, () => {
    const lines = ['ID;Name'];
    for (let i = 0; i <= IMPORT_LIMITS.rows; i++) lines.push(`P${i};Partner ${i}`);
    const partners = written('partner.csv', lines.join('\n'));
    const done = run('analyse', '--partners', partners, '--links', sample('kooperationen.csv'));
    expect(done.code).toBe(1);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/^partner\.csv:500001: error too-many-rows:/mu);
    expect(done.stderr).toContain('--partners partner.csv: Die Datei kann nicht als Partnerliste');
  }, 60_000);

  it('a catalogue too large is refused with its size', () => {
    const sectors = [{ id: 's', label: { de: 'S', en: 'S' }, synonyms: [], types: [] as object[] }];
    for (let t = 0; t < 2_001; t++)
      sectors[0]!.types.push({
        id: `t${t}`,
        label: { de: `T ${t}`, en: `T ${t}` },
        basis: 'nzfh',
        synonyms: [],
      });
    const catalogue = written(
      'katalog.json',
      JSON.stringify({ id: 'k', version: '1', source: 'k', sectors }),
    );
    const done = run('analyse', '--partners', sample('partner.csv'), '--catalogue', catalogue);
    expect(done.code).toBe(1);
    expect(done.stderr).toContain(
      'catalogue-too-large: Der Katalog ist zu groß: 2001 Einrichtungsarten',
    );
  }, 30_000);

  it('a file given that does not exist, and a partner list without names, end with code 1 and a message', async () => {
    const missing = await cli('analyse', '--partners', join(temporaryFolder(), 'fehlt.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('fehlt.csv');
    const noNames = written('partner.csv', 'Sektor;Ort\r\nGesundheitswesen;Bonn\r\n');
    const done = await cli(
      'analyse',
      '--partners',
      noNames,
      '--links',
      sample('kooperationen.csv'),
    );
    expect(done.code).toBe(1);
    expect(done.stderr).toContain('missing-column');
    expect(done.stderr).toContain('--partners partner.csv: Die Datei kann nicht als Partnerliste');
  });

  it('random archives as the partner list end with 0 or 1, never a crash, and 1 always says why', async () => {
    const part = fc.record({
      name: fc.constantFrom(
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/worksheets/sheet1.xml',
        'xl/sharedStrings.xml',
      ),
      text: fc.string({ maxLength: 120 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 5 }), async (parts) => {
        const files: Record<string, Uint8Array> = {};
        for (const p of parts) files[p.name] = encode(p.text);
        const path = written('partner.xlsx', zipSync(files));
        const done = await cli(
          'analyse',
          '--partners',
          path,
          '--links',
          sample('kooperationen.csv'),
        );
        expect(done.code).toBe(1);
        expect(done.stderr).toContain('--partners partner.xlsx:');
      }),
      { numRuns: 25 },
    );
  });
});
