import { describe, expect, it } from 'vitest';
import { buildImportRequest } from '../../../src/app/import/request';
import { importNetwork } from '../../../src/core/import';
import { recognisedMapping } from '../../../src/core/import/columns';
import { assignColumn } from '../../../src/app/import/table-mapping';
import { chosen } from './helpers';

const OWN_COLUMNS = 'app-import/eigene-spalten.csv';

describe('the request the dialog sends to the worker', () => {
  it('a partner list with its own column names is not read until its columns are mapped', async () => {
    const result = await importNetwork(buildImportRequest([chosen(OWN_COLUMNS)]));
    expect(result.fatal).toBe(true);
    expect(result.problems.map((p) => p.code)).toContain('unknown-table');
  });

  it('mapping "Einrichtungsname" to the name reads the three partners, umlauts intact', async () => {
    const header = ['Einrichtungsname', 'Hilfesystem', 'Ort der Einrichtung', 'Bemerkung'];
    const mapping = assignColumn(recognisedMapping('partners', header), 'Einrichtungsname', 'name');
    const file = chosen(OWN_COLUMNS, {
      choices: [['eigene-spalten.csv', { kind: 'partners', mapping }]],
    });
    const result = await importNetwork(buildImportRequest([file]));
    expect(result.fatal).toBe(false);
    expect(result.network.partners.map((p) => [p.name, p.sector])).toEqual([
      ['Frühförderstelle Süchteln', 'Frühförderung / Eingliederungshilfe'],
      ['Hebammenpraxis Löwenzahn', 'Gesundheitswesen'],
      ['Familienzentrum Regenbogen', 'Kinder- und Jugendhilfe'],
    ]);
    // The unmapped columns stay with the partner as extra details; "Ort der Einrichtung" is read
    // as the municipality by its head word, as the mapping shows it.
    expect(result.network.partners[1]?.attributes['Bemerkung']).toBe('Termine nur nach Absprache');
    expect(result.network.partners[0]?.municipality).toBe('Viersen');
  });

  it('sends kinds and mappings only where the user chose them', () => {
    const request = buildImportRequest([chosen('import/excel-csv-utf8.csv')]);
    expect(Object.keys(request.kinds ?? {})).toEqual([]);
    expect(Object.keys(request.mappings ?? {})).toEqual([]);
    expect(request.encoding).toBeUndefined();
  });

  it('one character set chosen for every text file goes into the request as it is', () => {
    const request = buildImportRequest([
      chosen('import/excel-csv-trennzeichen.csv', { encoding: 'windows-1252' }),
      chosen('import/netzwerk.xlsx'),
    ]);
    expect(request.encoding).toBe('windows-1252');
    expect(request.files[0]?.bytes).toEqual(chosen('import/excel-csv-trennzeichen.csv').bytes);
  });

  it('different choices per file: the forced file is handed over as UTF-8, the other detected', async () => {
    const request = buildImportRequest([
      chosen('import/excel-csv-trennzeichen.csv', { encoding: 'windows-1252' }),
      chosen('import/excel-csv-utf8.csv'),
    ]);
    expect(request.encoding).toBeUndefined();
    expect([...(request.files[0]?.bytes.slice(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    const result = await importNetwork(request);
    expect(result.network.partners.map((p) => p.name)).toContain('Frühförderstelle Nettetal');
    expect(result.network.partners.map((p) => p.name)).toContain('Familienhebamme Müller');
    expect(result.summary.cooperations).toBeGreaterThan(0);
  });
});
