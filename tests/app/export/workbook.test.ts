import { beforeAll, describe, expect, it } from 'vitest';
import { reportTables } from '../../../src/app/export/report-tables';
import { i18next, i18nReady } from '../../../src/app/i18n';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { importNetwork } from '../../../src/core/import';
import { buildFullReport, type FullReport } from '../../../src/core/report/full-report';
import { runExport } from '../../../src/worker/run-export';
import { loadBeispielkreis, type Beispielkreis } from '../gaps/sample';

let sample: Beispielkreis;
let report: FullReport;

beforeAll(async () => {
  await i18nReady;
  sample = await loadBeispielkreis();
  const { network, offers, memberships } = sample;
  report = buildFullReport({ network, offers, memberships }, [], () => '', {
    catalogue: defaultCatalogue(),
    analysed: sample.analysis,
  });
});

describe('the workbook "Alle Tabellen"', () => {
  it.each(['de', 'en'] as const)(
    'imported again (report sheets in %s) gives the same network, offers and memberships',
    async (language) => {
      const t = i18next.getFixedT(language);
      const { network, offers, memberships } = sample;
      const tables = reportTables(network, report, t, language);
      // The sample has doubled offers and overlapping committees, so every report sheet has rows.
      expect(tables.every((table) => table.rows.length > 0)).toBe(true);
      const bytes = await runExport({
        task: 'export',
        format: 'xlsx',
        network,
        offers,
        memberships,
        tables,
      });
      const again = await importNetwork({ files: [{ name: 'Beispielkreis.xlsx', bytes }] });
      expect(again.network).toEqual(network);
      expect(again.offers).toEqual(offers);
      expect(again.memberships).toEqual(memberships);
      const kinds = new Map(again.summary.files.map((file) => [file.name, file.kind]));
      const sheet = (name: string) => `Beispielkreis.xlsx [${name}]`;
      expect(kinds.get(sheet('Partner'))).toBe('partners');
      expect(kinds.get(sheet('Kooperationen'))).toBe('cooperations');
      expect(kinds.get(sheet('Angebote'))).toBe('offers');
      expect(kinds.get(sheet('Gremien'))).toBe('memberships');
      // The report's sheets add nothing: the doubled offers, whose providers column once read as
      // an offers table, and the overlapping committees, once a second sheet named "Gremien".
      const reportSheets = tables.map((table) => sheet(table.name));
      expect(reportSheets).toHaveLength(5);
      for (const name of reportSheets.slice(1)) expect(kinds.get(name)).toBeNull();
      expect(again.problems.filter((problem) => !reportSheets.includes(problem.file))).toEqual([]);
    },
  );
});
