import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nextTask } from '../../../src/app/in-steps';
import { runInWorker, TaskCancelled } from '../../../src/app/worker/client';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { useInThreadWorker, workers } from '../../worker/in-thread-worker';

const catalogue = defaultCatalogue();
const network: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt Kreis Viersen', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'HB', name: 'Hebammenpraxis Nettetal', sector: 'Gesundheitswesen' }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'HB', intensity: 3 })],
};
const gaps = {
  task: 'gaps',
  network,
  catalogue,
  corrections: new Map<string, string>(),
  articulationPoints: null,
  offers: null,
} as const;
const doubles = {
  task: 'doubles',
  network,
  offers: [],
  memberships: [],
  committeeOverlap: 0.5,
} as const;

beforeAll(useInThreadWorker);
beforeEach(() => {
  workers.failing = null;
  workers.requests = [];
  workers.networks = [];
});

describe('tasks sent to the core worker', () => {
  it('run one after the other, in the order sent', async () => {
    const first = runInWorker(gaps);
    const second = runInWorker(doubles);
    expect(workers.requests).toEqual([]); // sent in a task of its own, not in the one that asked
    await nextTask();
    expect(workers.requests).toEqual(['gaps']);
    const report = await first.result;
    expect(report.isolates).toEqual([]);
    expect((await second.result).partners).toEqual([]);
    expect(workers.requests).toEqual(['gaps', 'doubles']);
  });

  it('do not wait behind the analysis, which has a worker of its own', async () => {
    const analysis = runInWorker({ task: 'analyse', network });
    const report = runInWorker(gaps);
    await nextTask();
    expect(workers.requests).toEqual(['analyse', 'gaps']);
    expect((await report.result).isolates).toEqual([]);
    expect((await analysis.result).network.partners).toBe(2);
  });

  it('leave the queue when stopped while waiting, and cost the running task nothing', async () => {
    const ended = workers.ended;
    const running = runInWorker(gaps);
    const waiting = runInWorker(doubles);
    waiting.cancel();
    await expect(waiting.result).rejects.toBeInstanceOf(TaskCancelled);
    expect((await running.result).missingTypes.length).toBeGreaterThan(0);
    expect(workers.ended).toBe(ended);
    expect(workers.requests).toEqual(['gaps']);
  });

  it('end their worker when stopped while running; the next task gets a fresh one', async () => {
    const made = workers.made;
    const running = runInWorker(gaps);
    const next = runInWorker(doubles);
    running.cancel();
    await expect(running.result).rejects.toBeInstanceOf(TaskCancelled);
    expect((await next.result).offers).toEqual([]);
    expect(workers.made).toBe(made + 1);
  });

  it('fail with the reason when the worker dies, and the next task is served again', async () => {
    workers.failing = 'out of memory';
    await expect(runInWorker(gaps).result).rejects.toThrow('out of memory');
    workers.failing = null;
    expect((await runInWorker(doubles).result).committees).toEqual([]);
  });

  it('report progress while a long task runs', async () => {
    const seen: string[] = [];
    await runInWorker(
      {
        task: 'networks',
        networks: [
          { name: 'Kreis', network },
          { name: 'Stadt', network },
        ],
      },
      ({ step }) => seen.push(step),
    ).result;
    expect(seen).toContain('reasons');
  });
});

describe('the network of a task', () => {
  it('goes to a worker once: the next tasks on it come without it, an edited network comes again', async () => {
    const own = structuredClone(network);
    const report = await runInWorker({ ...gaps, network: own }).result;
    const found = await runInWorker({ ...doubles, network: own }).result;
    expect(report.isolates).toEqual([]);
    expect(found.partners).toEqual([]);
    // The analysis has a worker of its own, which is sent the network once as well.
    const analysis = await runInWorker({ task: 'analyse', network: own }).result;
    expect(analysis.network.partners).toBe(2);
    const edited: Network = { ...own, partners: own.partners.slice(0, 1), cooperations: [] };
    const after = await runInWorker({ ...gaps, network: edited }).result;
    expect(after.isolates).toEqual(['JA']);
    expect((await runInWorker({ ...doubles, network: edited }).result).partners).toEqual([]);
    expect(workers.requests).toEqual(['gaps', 'doubles', 'analyse', 'gaps', 'doubles']);
    expect(workers.networks).toEqual([true, false, true, true, false]);
  });

  it('is sent again to the fresh worker that follows a stopped one', async () => {
    const own = structuredClone(network);
    await runInWorker({ ...gaps, network: own }).result;
    const stopped = runInWorker({ ...doubles, network: own });
    await nextTask();
    stopped.cancel();
    await expect(stopped.result).rejects.toBeInstanceOf(TaskCancelled);
    expect((await runInWorker({ ...gaps, network: own }).result).isolates).toEqual([]);
    expect(workers.networks).toEqual([true, false, true]);
  });
});

describe('export files', () => {
  it('are written by a worker of their own, beside a running task of the core worker', async () => {
    const made = workers.made;
    const gapsRunning = runInWorker(gaps);
    const gexf = runInWorker({
      task: 'export',
      format: 'gexf',
      network,
      decoration: { sectorColors: new Map([['Gesundheitswesen', '#2e7d32']]) },
    });
    const workbook = runInWorker({
      task: 'export',
      format: 'xlsx',
      network,
      offers: [],
      memberships: [],
      tables: [],
    });
    await nextTask();
    // The export does not wait for the gaps: both were sent at once, to two workers.
    expect(workers.requests).toEqual(['gaps', 'export']);
    const text = new TextDecoder().decode(await gexf.result);
    expect(text).toContain('Hebammenpraxis Nettetal');
    const bytes = await workbook.result;
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    await gapsRunning.result;
    expect(workers.made).toBeGreaterThanOrEqual(made + 1);
  });
});
