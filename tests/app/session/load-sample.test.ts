import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../../src/core/import';
import { beispielkreis, imported } from './fixtures';

const readings: { files: string[]; fail: boolean }[] = [];
let failNext = false;

vi.mock('../../../src/app/worker/client', () => ({
  runInWorker: (task: { task: string; request: { files: { name: string }[] } }) => {
    const fail = failNext;
    failNext = false;
    readings.push({ files: task.request.files.map((f) => f.name), fail });
    return {
      result: fail
        ? Promise.reject(new Error('the worker could not start'))
        : Promise.resolve<ImportResult>(imported(beispielkreis)),
    };
  },
}));

/** A fresh module each test: the early reading is kept between calls, as for one page. */
async function sampleModule() {
  vi.resetModules();
  return import('../../../src/app/sample/load-sample');
}

afterEach(() => {
  readings.length = 0;
  failNext = false;
});

describe('reading the built-in sample as the page loads', () => {
  it('the app’s first request for the sample gets the reading begun with the page', async () => {
    const { readSampleEarly, loadSample } = await sampleModule();
    readSampleEarly();
    readSampleEarly();
    expect(readings).toHaveLength(1);
    expect(readings[0]?.files).toEqual([
      'partner.csv',
      'kooperationen.csv',
      'angebote.csv',
      'gremien.csv',
    ]);
    const first = await loadSample();
    expect(first.network.partners).toHaveLength(beispielkreis.partners.length);
    expect(readings).toHaveLength(1);
    await loadSample();
    expect(readings).toHaveLength(2);
  });

  it('reads the sample when asked, if nothing was begun with the page', async () => {
    const { loadSample } = await sampleModule();
    await loadSample();
    expect(readings).toHaveLength(1);
  });

  it('an early reading that failed and is never used troubles nobody; asked for, it fails', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { readSampleEarly, loadSample } = await sampleModule();
      failNext = true;
      readSampleEarly();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(loadSample()).rejects.toThrow('the worker could not start');
      await expect(loadSample()).resolves.toMatchObject({ fatal: false });
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
