import { describe, expect, it } from 'vitest';
import { templateWorkbook } from '../../../src/app/import/template-workbook';
import { CSV_TEMPLATES } from '../../../src/app/import/templates';
import { importNetwork } from '../../../src/core/import';
import { readWorkbook } from '../../../src/core/import/xlsx';

describe('the templates offered for download', () => {
  it('every CSV template keeps its BOM, so that Excel opens it as UTF-8', () => {
    expect(CSV_TEMPLATES.map((t) => t.file)).toEqual([
      'partnerliste.csv',
      'kooperationen.csv',
      'kooperationsmatrix.csv',
      'angebote.csv',
      'gremien.csv',
    ]);
    for (const template of CSV_TEMPLATES) expect(template.text.startsWith('\uFEFF')).toBe(true);
  });

  it('the workbook has one sheet a table with the German headers; explanation rows are skipped on import', async () => {
    const bytes = await templateWorkbook(CSV_TEMPLATES);
    const tables = await readWorkbook('vorlage.xlsx', bytes, []);
    expect(tables.map((t) => t.name)).toEqual([
      'vorlage.xlsx [Partnerliste]',
      'vorlage.xlsx [Kooperationsliste]',
      'vorlage.xlsx [Kooperationsmatrix]',
      'vorlage.xlsx [Angebote]',
      'vorlage.xlsx [Gremien]',
    ]);
    expect(tables[0]?.header).toEqual([
      'ID',
      'Name',
      'Sektor',
      'Einrichtungsart',
      'Träger',
      'Kommune',
      'Sozialraum',
      'Angebote',
      'Seit',
    ]);
    expect(tables[1]?.header).toEqual(['Von', 'An', 'Intensität', 'Vereinbarung', 'Art', 'Seit']);
    expect(tables.every((t) => t.rows.length === 0)).toBe(true);
    // An empty template is read as empty tables, not as nonsense.
    const result = await importNetwork({ files: [{ name: 'vorlage.xlsx', bytes }] });
    expect(result.network.partners).toEqual([]);
    expect(new Set(result.problems.map((p) => p.code))).toEqual(new Set(['empty-file']));
  });
});
