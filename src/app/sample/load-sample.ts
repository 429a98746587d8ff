import type { ImportResult } from '../../core/import';
import { runInWorker } from '../worker/client';
import { sampleFiles } from './sample';

let early: Promise<ImportResult> | null = null;

/**
 * Starts reading the built-in sample in the import worker as the page loads, before the app is
 * drawn and before the browser's storage says whether a network is kept there: on a first visit
 * the sample is what shows, and its map then does not wait for either. A returning user's network
 * opens instead and this reading is left unused (a few milliseconds of the worker's time).
 */
export function readSampleEarly(): void {
  if (early !== null) return;
  early = readSample();
  early.catch(() => undefined);
}

/**
 * The built-in sample network, read in the worker like any import: the reading begun by
 * readSampleEarly the first time, a new one after that.
 */
export function loadSample(): Promise<ImportResult> {
  const reading = early ?? readSample();
  early = null;
  return reading;
}

function readSample(): Promise<ImportResult> {
  return runInWorker({ task: 'import', request: { files: sampleFiles() } }).result;
}
