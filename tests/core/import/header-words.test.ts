import { describe, expect, it } from 'vitest';
import { fieldForHeader } from '../../../src/core/import/aliases';
import { importNetwork } from '../../../src/core/import';
import { intensityOfWords } from '../../../src/core/import/intensity-words';
import { csvFile } from './helpers';

describe('headers in the coordinator’s own words', () => {
  it.each([
    ['partners', 'Partner-ID', 'id'],
    ['partners', 'Einrichtung Nr.', 'id'],
    ['partners', 'Einrichtung / Träger', 'name'],
    ['partners', 'Sektor/Bereich', 'sector'],
    ['partners', 'Bereich', 'sector'],
    ['partners', 'Art der Einrichtung', 'type'],
    ['partners', 'Träger der Einrichtung', 'carrier'],
    ['cooperations', 'Kooperationspartner 1', 'source'],
    ['cooperations', 'Kooperationspartner 2', 'target'],
    ['cooperations', 'Einrichtung A', 'source'],
    ['cooperations', 'Einrichtung B', 'target'],
    ['cooperations', 'Intensität der Zusammenarbeit', 'intensity'],
    ['offers', 'Partner-ID', 'partner'],
    ['memberships', 'Partner-ID', 'partner'],
  ] as const)('a %s table reads "%s" as %s', (kind, header, field) => {
    expect(fieldForHeader(kind, header)).toBe(field);
  });

  it.each([
    ['cooperations', 'Partner-ID'],
    ['partners', 'Anzahl der Kontakte'],
    ['cooperations', 'Name der Einrichtung'],
    ['partners', 'Bemerkung 1'],
  ] as const)('a %s table keeps "%s" as a further detail', (kind, header) => {
    expect(fieldForHeader(kind, header)).toBeUndefined();
  });

  it('an offers table named by Partner-ID imports, as the CLI reads it too', async () => {
    const result = await importNetwork({
      files: [
        csvFile('partner.csv', 'ID;Name\nP01;Hebammenpraxis\n'),
        csvFile('angebote.csv', 'Partner-ID;Angebot;Sozialraum\nP01;Rückbildung;Nord\n'),
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.offers).toEqual([
      { partner: 'P01', offer: 'Rückbildung', socialArea: 'Nord', targetGroup: '' },
    ]);
  });

  it('a missing column is named as the dialog names it, not by an internal code', async () => {
    const result = await importNetwork({
      files: [csvFile('k.csv', 'Von;Bemerkung\nA;B\n')],
      kinds: { 'k.csv': 'cooperations' },
    });
    expect(result.problems[0]).toMatchObject({
      code: 'missing-column',
      params: { field: 'target', kind: 'cooperations' },
    });
  });
});

describe('the intensity scale in words', () => {
  it.each([
    ['kennen sich', 1],
    ['Kennen sich / Informationsaustausch', 1],
    ['punktuelle, fallbezogene Zusammenarbeit', 2],
    ['Regelmäßige, fallübergreifende Zusammenarbeit', 3],
    ['verbindliche Kooperation', 4],
    ['gering', 1],
    ['mittel', 2],
    ['hoch', 3],
    ['sehr hoch', 4],
    ['selten', 1],
    ['gelegentlich', 2],
    ['regelmaessig', 3],
    ['eng', 4],
    ['1 – kennen sich', 1],
    ['4) verbindlich', 4],
    ['Stufe 2', 2],
    ['very high', 4],
  ] as const)('"%s" is %i', (word, value) => {
    expect(intensityOfWords(word)).toBe(value);
  });

  it.each(['sehr gut', 'ja', '5 – sehr eng', 'unbekannt'])('"%s" is not a step', (word) => {
    expect(intensityOfWords(word)).toBeUndefined();
  });
});
