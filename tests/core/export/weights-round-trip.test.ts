import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkToCsv } from '../../../src/core/export/csv';
import { networkToXlsx } from '../../../src/core/export/xlsx';
import { importNetwork } from '../../../src/core/import';

const gephi = {
  name: 'gephi-weights.csv',
  bytes: new Uint8Array(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/reference/gephi-weights.csv')),
  ),
};
const text = (name: string, content: string) => ({
  name,
  bytes: new TextEncoder().encode(content),
});
const weights = (ties: readonly { source: string; target: string; weight?: number }[]) =>
  ties.map((t) => [t.source, t.target, t.weight]).sort();

describe('a Gephi table’s weights through our own exports', () => {
  it('come back unchanged from the CSV files and from the workbook', async () => {
    const first = await importNetwork({ files: [gephi] });
    expect(first.network.cooperations.some((c) => c.weight === 12)).toBe(true);
    const csv = networkToCsv(first.network);
    const fromCsv = await importNetwork({
      files: [text('Partner.csv', csv.partners), text('Kooperationen.csv', csv.cooperations)],
    });
    expect(weights(fromCsv.network.cooperations)).toEqual(weights(first.network.cooperations));
    const workbook = await networkToXlsx(first.network);
    const fromXlsx = await importNetwork({ files: [{ name: 'Netz.xlsx', bytes: workbook }] });
    expect(weights(fromXlsx.network.cooperations)).toEqual(weights(first.network.cooperations));
  });
});
