import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../src/core/catalogue/default-catalogue';
import { compareNetworks } from '../../src/core/compare';
import { findDoubles } from '../../src/core/doubles/find-doubles';
import { findGaps } from '../../src/core/gaps/find-gaps';
import { createCooperation, createPartner, type Network } from '../../src/core/model/types';
import type { CoreTask, TaskResults } from '../../src/worker/protocol';
import { runTask } from '../../src/worker/run-task';
import { loadBeispielkreis, type Beispielkreis } from '../app/gaps/sample';
import { previewFile } from '../../src/core/import/preview';
import { rawZip, workbookFrame, zeroBomb, ZEROS_PER_BLOCK } from '../core/import/workbooks';

const catalogue = defaultCatalogue();
let sample: Beispielkreis;
const silent = () => undefined;

/** Runs a task as the worker does, typed by its kind as the app receives it. */
function run<K extends CoreTask['task']>(
  task: Extract<CoreTask, { task: K }>,
  onProgress: (done: number, total: number, step: string) => void = silent,
): Promise<TaskResults[K]> {
  return runTask(task, onProgress) as Promise<TaskResults[K]>;
}

beforeAll(async () => {
  sample = await loadBeispielkreis();
});

describe('the gaps task', () => {
  it('gives the same Lücken as the core, and they survive the way back to the page', async () => {
    const corrections = new Map([[sample.network.partners[0]!.id, 'hebamme']]);
    const report = await run({
      task: 'gaps',
      network: sample.network,
      catalogue,
      corrections,
      articulationPoints: sample.analysis.network.articulationPoints,
      offers: sample.offers,
    });
    const expected = findGaps(sample.network, catalogue, {
      corrections,
      articulationPoints: sample.analysis.network.articulationPoints,
      offers: sample.offers,
    });
    expect(report).toEqual(expected);
    expect(structuredClone(report)).toEqual(expected);
  });

  it('places the offers listed on the partners and finds no dependents while the analysis runs', async () => {
    const report = await run({
      task: 'gaps',
      network: sample.network,
      catalogue,
      corrections: new Map(),
      articulationPoints: null,
      offers: null,
    });
    expect(report).toEqual(findGaps(sample.network, catalogue));
  });
});

describe('the doubles task', () => {
  it('finds the Caritas entered twice and the overlapping working groups, as the core does', async () => {
    const task = {
      task: 'doubles',
      network: sample.network,
      offers: sample.offers,
      memberships: sample.memberships,
      committeeOverlap: 0.4,
    } as const;
    const report = await run(task);
    expect(report).toEqual(
      findDoubles(
        { network: sample.network, offers: sample.offers, memberships: sample.memberships },
        { committeeOverlap: 0.4 },
      ),
    );
    expect(structuredClone(report)).toEqual(report);
  });
});

describe('the compare task', () => {
  it('compares Stand 2024 with the network now, corrections included', async () => {
    const now = sample.network;
    const stand2024: Network = {
      partners: now.partners.slice(0, 30),
      cooperations: now.cooperations.filter(
        (c) =>
          now.partners.slice(0, 30).some((p) => p.id === c.source) &&
          now.partners.slice(0, 30).some((p) => p.id === c.target),
      ),
    };
    const corrections = new Map([[now.partners[40]!.id, 'kinderarztpraxis']]);
    const comparison = await run({
      task: 'compare',
      before: stand2024,
      after: now,
      catalogue,
      corrections,
    });
    expect(comparison).toEqual(compareNetworks(stand2024, now, { catalogue, corrections }));
    expect(comparison.partners.added).toHaveLength(now.partners.length - 30);
    expect(structuredClone(comparison)).toEqual(comparison);
  });
});

describe('the networks task', () => {
  const kreis: Network = {
    partners: [
      createPartner({ id: 'JA', name: 'Kreisjugendamt – Netzwerkkoordination Frühe Hilfen' }),
      createPartner({ id: 'CV', name: 'Caritasverband für den Kreis e.V.' }),
    ],
    cooperations: [createCooperation({ source: 'JA', target: 'CV', intensity: 4 })],
  };
  const nettetal: Network = {
    partners: [
      createPartner({ id: '1', name: 'Jugendamt der Stadt Nettetal' }),
      createPartner({ id: '2', name: 'Caritas-Verband f. d. Kreis e. V.' }),
    ],
    cooperations: [createCooperation({ source: '1', target: '2', intensity: 3 })],
  };

  it('finds the Caritas in the district and the town, says why, and reports how far it is', async () => {
    const steps: string[] = [];
    const result = await run(
      {
        task: 'networks',
        networks: [
          { name: 'Kreis', network: kreis },
          { name: 'Nettetal', network: nettetal },
        ],
      },
      (done, total, step) => steps.push(`${step} ${done}/${total}`),
    );
    expect(result.partners).toHaveLength(1);
    expect(result.partners[0]).toMatchObject({
      entries: [
        { network: 'Kreis', name: 'Caritasverband für den Kreis e.V.' },
        { network: 'Nettetal', name: 'Caritas-Verband f. d. Kreis e. V.' },
      ],
      networks: ['Kreis', 'Nettetal'],
    });
    expect(result.partners[0]!.score).toBeGreaterThan(0.85);
    expect(result.partners[0]!.reasons.length).toBeGreaterThan(0);
    expect(result.merged.partners).toHaveLength(3);
    expect(result.merged.cooperations).toHaveLength(2);
    expect(steps).toEqual(['match 0/1', 'reasons 0/1']);
    expect(structuredClone(result)).toEqual(result);
  });
});

describe('the preview task', () => {
  it('reads a workbook bomb of 300 MB only to its cap and answers with the problem, as the page shows it', async () => {
    const frame = Object.entries(workbookFrame(['Partner'])).map(([name, text]) => {
      const data = new TextEncoder().encode(text);
      return { name, method: 0, data, declaredSize: data.length };
    });
    const bytes = rawZip([
      ...frame,
      {
        name: 'xl/sharedStrings.xml',
        method: 8,
        data: zeroBomb(300),
        declaredSize: 1 + 300 * ZEROS_PER_BLOCK,
      },
    ]);
    const file = { name: 'bombe.xlsx', bytes };
    const previews = structuredClone(await run({ task: 'preview', file, maxRows: 40 }));
    expect(previews).toEqual(await previewFile(file, { maxRows: 40 }));
    expect(previews).toEqual([
      expect.objectContaining({
        name: 'bombe.xlsx',
        rows: [],
        problems: [expect.objectContaining({ code: 'workbook-part-too-large' })],
      }),
    ]);
  });
});
