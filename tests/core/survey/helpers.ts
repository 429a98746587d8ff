import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { importNetwork } from '../../../src/core/import';
import type { Network } from '../../../src/core/model/types';
import {
  createRound,
  defaultInstrument,
  readReturnedWorkbook,
  type ReturnedWorkbook,
  type SurveyRound,
} from '../../../src/core/survey';

export const fixtures = resolve(import.meta.dirname, '../../fixtures/survey');

/** The fixtures' partner list, read as the app reads it. */
export async function fixtureNetwork(): Promise<Network> {
  const result = await importNetwork({
    files: [
      { name: 'partner.csv', bytes: new Uint8Array(readFileSync(join(fixtures, 'partner.csv'))) },
    ],
    kinds: { 'partner.csv': 'partners' },
    sectors: defaultCatalogue().sectors,
  });
  return result.network;
}

/** The round the stored forms were made for (make-fixtures.sh: "Befragung 2025", 2025-03-01). */
export async function fixtureRound(): Promise<SurveyRound> {
  const set = createRound(await fixtureNetwork(), defaultInstrument(), {
    name: 'Befragung 2025',
    created: '2025-03-01',
  });
  if (set.round === null) throw new Error(JSON.stringify(set.problems));
  return set.round;
}

/** A stored returned workbook, read with the file's date as the command line reads it. */
export async function fixtureWorkbook(path: string): Promise<ReturnedWorkbook> {
  const full = join(fixtures, path);
  const read = await readReturnedWorkbook({
    name: path.replace(/^.*\//u, ''),
    bytes: new Uint8Array(readFileSync(full)),
    lastModified: statSync(full).mtimeMs,
  });
  if (read.workbook === null) throw new Error(JSON.stringify(read.problems));
  return read.workbook;
}

export function fixtureFiles(folder: string): string[] {
  return readdirSync(join(fixtures, folder)).sort();
}

/** IDs of the fixtures' partners by their names. */
export const P = {
  jugendamt: 'P01',
  familienzentrum: 'P02',
  kinderklinik: 'P03',
  hebammen: 'P04',
  beratung: 'P05',
  jobcenter: 'P06',
} as const;
