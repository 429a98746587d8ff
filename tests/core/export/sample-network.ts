import { createCooperation, createPartner, emptyRecord } from '../../../src/core/model/types';
import type { Network } from '../../../src/core/model/types';

function record(entries: [string, string][]): Record<string, string> {
  const attributes = emptyRecord<string>();
  for (const [name, value] of entries) attributes[name] = value;
  return attributes;
}

/** A small district network: youth office, maternity clinic, midwife, day care, counselling. */
export function sampleNetwork(): Network {
  return {
    partners: [
      createPartner({
        id: 'JA',
        name: 'Jugendamt Beispielstadt',
        sector: 'Kinder- und Jugendhilfe',
        type: 'Jugendamt / ASD',
        carrier: 'öffentlich',
        municipality: 'Beispielstadt',
        socialArea: 'Mitte',
        offers: ['Willkommensbesuch', 'Babylotse'],
        since: 2012,
        attributes: record([['Ansprechperson', 'Frau Özdemir']]),
      }),
      createPartner({
        id: 'GK',
        name: 'St. Marien Geburtsklinik',
        sector: 'Gesundheitswesen',
        type: 'Geburtsklinik',
        carrier: 'frei',
        municipality: 'Beispielstadt',
        socialArea: 'Nord',
        offers: ['Babylotse'],
        since: 2014,
      }),
      createPartner({
        id: 'HB',
        name: 'Familienhebamme Müller',
        sector: 'Gesundheitswesen',
        type: 'Familienhebamme / FGKiKP',
        carrier: 'privat',
        municipality: 'Beispieldorf',
        offers: ['Familienhebamme'],
        since: null,
      }),
      createPartner({
        id: 'KI',
        name: 'Kita "Sonnenschein"; Süd',
        sector: 'Kinder- und Jugendhilfe',
        type: 'Kita',
        socialArea: 'Süd',
        attributes: record([['Ansprechperson', 'Herr Weiß']]),
      }),
      createPartner({
        id: 'SB',
        name: 'Schwangerschaftsberatung donum vitae',
        sector: 'Beratung',
        type: 'Schwangerschaftsberatung',
        since: 2016,
      }),
    ],
    cooperations: [
      createCooperation({
        source: 'JA',
        target: 'GK',
        intensity: 4,
        formal: true,
        kind: 'Babylotse',
        since: 2015,
      }),
      createCooperation({
        source: 'JA',
        target: 'HB',
        intensity: 3,
        formal: true,
        kind: 'Fallarbeit',
      }),
      createCooperation({ source: 'GK', target: 'HB', intensity: 2 }),
      createCooperation({
        source: 'JA',
        target: 'KI',
        intensity: 1,
        kind: 'Informationsaustausch',
      }),
      createCooperation({ source: 'SB', target: 'GK', intensity: 2, since: 2018 }),
    ],
  };
}

export const SECTOR_COLORS = new Map([
  ['Kinder- und Jugendhilfe', '#1f77b4'],
  ['Gesundheitswesen', '#d62728'],
  ['Beratung', '#2ca02c'],
]);
