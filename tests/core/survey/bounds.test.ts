import { zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReturnedWorkbook, SURVEY_READ_LIMITS } from '../../../src/core/survey';
import { fixtures } from './helpers';

const form = new Uint8Array(
  readFileSync(join(fixtures, 'returned/Familienzentrum Regenbogen.xlsx')),
);
const codes = async (bytes: Uint8Array, limits = SURVEY_READ_LIMITS, name = 'x.xlsx') =>
  (await readReturnedWorkbook({ name, bytes }, limits)).problems.map((p) => [p.code, p.params]);

describe('reading a returned workbook never trusts it', () => {
  it('refuses bytes that are no workbook, and a workbook cut short', async () => {
    expect(await codes(new TextEncoder().encode('Name;Intensität\r\nKita;3\r\n'))).toEqual([
      ['survey-unreadable', {}],
    ]);
    expect(await codes(form.slice(0, form.length >> 1))).toEqual([['survey-unreadable', {}]]);
  });

  it('refuses a file larger than a form can be before reading it', async () => {
    expect(await codes(form, { ...SURVEY_READ_LIMITS, fileBytes: 1000 })).toEqual([
      ['survey-too-large', { what: 'file', limit: 0 }],
    ]);
  });

  it('stops inflating a part that grows past its cap (a ZIP bomb)', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(8 * 1024 * 1024).fill(0x20),
    });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(
      await codes(bomb, {
        ...SURVEY_READ_LIMITS,
        partBytes: 1024 * 1024,
        workbookBytes: 2 * 1024 * 1024,
      }),
    ).toEqual([['survey-too-large', { what: 'inflated', limit: 1 }]]);
  });

  it('refuses a sheet with more rows than any form has', async () => {
    expect(await codes(form, { ...SURVEY_READ_LIMITS, rows: 4 })).toEqual([
      ['survey-too-many-rows', { sheet: 'Fragebogen', limit: 4 }],
    ]);
  });

  it('reads a form within the limits with its save time', async () => {
    const read = await readReturnedWorkbook({ name: 'x.xlsx', bytes: form, lastModified: 0 });
    expect(read.workbook?.saved).toBe('2025-03-12T10:00:00.000Z');
    expect(read.workbook?.savedByWorkbook).toBe(true);
  });
});
