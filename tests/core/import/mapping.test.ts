import { describe, expect, it } from 'vitest';
import {
  importNetwork,
  previewFile,
  recognisedMapping,
  TABLE_FIELDS,
} from '../../../src/core/import';
import { csvFile } from './helpers';

describe('column mapping', () => {
  it('a table with the user’s own headers imports once the columns are assigned', async () => {
    const file = csvFile(
      'eigene.csv',
      'Lfd. Nr.;Einrichtung (offiziell);Bereich laut Jugendhilfeplan\n1;Kita Am Park;Kinder- und Jugendhilfe\n',
    );
    const result = await importNetwork({
      files: [file],
      mappings: {
        'eigene.csv': {
          'Lfd. Nr.': 'id',
          'Einrichtung (offiziell)': 'name',
          'Bereich laut Jugendhilfeplan': 'sector',
        },
      },
    });
    expect(result.problems).toEqual([]);
    expect(result.network.partners).toMatchObject([
      { id: '1', name: 'Kita Am Park', sector: 'Kinder- und Jugendhilfe' },
    ]);
  });

  it('null keeps a recognised column as a free attribute', async () => {
    const result = await importNetwork({
      files: [csvFile('p.csv', 'Name;Typ\nKita;Kita\n')],
      mappings: { 'p.csv': { Typ: null } },
    });
    expect(result.network.partners[0]?.type).toBe('');
    expect(result.network.partners[0]?.attributes['Typ']).toBe('Kita');
  });

  it('a forced kind without its required columns is reported', async () => {
    const result = await importNetwork({
      files: [csvFile('p.csv', 'Name;Typ\nKita;Kita\n')],
      kinds: { 'p.csv': 'cooperations' },
    });
    expect(result.problems.map((p) => [p.code, p.params])).toEqual([
      ['missing-column', { field: 'source', kind: 'cooperations' }],
    ]);
  });

  it('the preview offers the recognised mapping to start from', async () => {
    const [preview] = await previewFile(csvFile('k.csv', 'Quelle;Ziel;Gewicht;Notiz\nA;B;2;x\n'));
    expect(preview).toMatchObject({
      kind: 'cooperations',
      delimiter: ';',
      encoding: 'utf-8',
      header: ['Quelle', 'Ziel', 'Gewicht', 'Notiz'],
    });
    expect({ ...preview?.mapping }).toEqual({
      Quelle: 'source',
      Ziel: 'target',
      Gewicht: 'intensity',
      Notiz: null,
    });
    expect({ ...recognisedMapping('partners', ['Name der Einrichtung', 'Stadtteil']) }).toEqual({
      'Name der Einrichtung': 'name',
      Stadtteil: 'socialArea',
    });
    expect(TABLE_FIELDS.memberships).toEqual(['partner', 'committee']);
  });
});
