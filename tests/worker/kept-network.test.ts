import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultCatalogue } from '../../src/core/catalogue/default-catalogue';
import { generateNetwork } from '../../src/core/generate/generate-network';
import type { NetworkAnalysis } from '../../src/core/analysis/analyse-network';
import type { Network } from '../../src/core/model/types';
import { freezeNetwork, handleRequest, type KeptNetwork } from '../../src/worker/handle-request';
import type { CoreTask, SentRequest, WorkerResponse, WorkerTask } from '../../src/worker/protocol';
import { runExport } from '../../src/worker/run-export';
import { runTask } from '../../src/worker/run-task';
import { loadBeispielkreis, type Beispielkreis } from '../app/gaps/sample';

const catalogue = defaultCatalogue();
let sample: Beispielkreis;

beforeAll(async () => {
  sample = await loadBeispielkreis();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Answers one request as a worker with memory `kept` does; the message it ends with. */
async function answer(request: SentRequest, kept: KeptNetwork): Promise<WorkerResponse> {
  const messages: WorkerResponse[] = [];
  const copy = structuredClone(request);
  if (copy.task === 'export') await handleRequest(copy, (m) => messages.push(m), runExport, kept);
  else
    await handleRequest<CoreTask>(
      copy,
      (m) => messages.push(m),
      (task, onProgress) => runTask(task, onProgress),
      kept,
    );
  return messages.at(-1)!;
}

/** Every task of both workers that takes a network. */
function tasksOn(network: Network): WorkerTask[] {
  return [
    { task: 'analyse', network },
    {
      task: 'report',
      network,
      offers: sample.offers,
      memberships: sample.memberships,
      overlapThreshold: 0.5,
      catalogue,
      previous: null,
      analysis: null,
    },
    {
      task: 'gaps',
      network,
      catalogue,
      corrections: new Map(),
      articulationPoints: null,
      offers: null,
    },
    {
      task: 'doubles',
      network,
      offers: sample.offers,
      memberships: sample.memberships,
      committeeOverlap: 0.5,
    },
    { task: 'layout', network, start: new Map() },
    {
      task: 'export',
      format: 'xlsx',
      network,
      offers: sample.offers,
      memberships: sample.memberships,
      tables: [],
    },
    { task: 'export', format: 'gexf', network, decoration: { sectorColors: new Map() } },
    { task: 'export', format: 'graphml', network, decoration: { sectorColors: new Map() } },
    { task: 'export', format: 'partners-csv', network },
    { task: 'export', format: 'cooperations-csv', network },
    { task: 'export', format: 'json', network },
  ];
}

describe('a network kept in the worker', () => {
  it('serves every task that comes without it exactly as its own copy would, and none can change it', async () => {
    // One moment for both runs: the workbook's zip entries carry the time they were written.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00'));
    let id = 1;
    for (const task of tasksOn(sample.network)) {
      const own = await answer({ id: id++, ...task } as SentRequest, { network: null });
      const kept: KeptNetwork = { network: null };
      // The first task of a fresh worker brings the network; the worker keeps it, frozen.
      await answer({ id: id++, ...tasksOn(sample.network)[0]! } as SentRequest, kept);
      expect(Object.isFrozen(kept.network)).toBe(true);
      const without = { id: id++, ...task, network: null, sameNetwork: true } as SentRequest;
      const served = await answer(without, kept);
      expect(served.kind, `${task.task} ${'format' in task ? task.format : ''}`).toBe('result');
      expect(served).toEqual({ ...own, id: served.id });
    }
  });

  it('is replaced by the next network sent, and a worker that keeps none says so', async () => {
    const kept: KeptNetwork = { network: null };
    const small = generateNetwork({ partners: 45, seed: 3 });
    const refused = await answer(
      { id: 1, task: 'analyse', network: null, sameNetwork: true } as SentRequest,
      kept,
    );
    expect(refused).toMatchObject({ kind: 'error' });
    await answer({ id: 2, task: 'analyse', network: sample.network }, kept);
    await answer({ id: 3, task: 'analyse', network: small }, kept);
    const served = await answer(
      { id: 4, task: 'analyse', network: null, sameNetwork: true } as SentRequest,
      kept,
    );
    expect(served.kind).toBe('result');
    const analysis = served.kind === 'result' ? (served.result as NetworkAnalysis) : null;
    expect(analysis?.network.partners).toBe(45);
  });

  it('is frozen through and through: partners, ties, their offers and other columns', () => {
    const network = freezeNetwork(structuredClone(sample.network));
    const partner = network.partners[0]!;
    const tie = network.cooperations[0]!;
    expect(() => network.partners.push(partner)).toThrow(TypeError);
    expect(() => {
      partner.name = 'anders';
    }).toThrow(TypeError);
    expect(() => partner.offers.push('Babylotsen')).toThrow(TypeError);
    expect(() => {
      partner.attributes['Telefon'] = '0';
    }).toThrow(TypeError);
    expect(() => {
      tie.intensity = 1;
    }).toThrow(TypeError);
    expect(() => {
      tie.attributes['Notiz'] = 'x';
    }).toThrow(TypeError);
  });
});
