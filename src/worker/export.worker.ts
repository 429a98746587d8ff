/// <reference lib="webworker" />
import { handleRequest, type KeptNetwork } from './handle-request';
import type { SentRequest } from './protocol';
import { runExportTask } from './run-export';

// Writes export files and draws the map's pictures off the page; started with the first of them.
const scope = self as unknown as DedicatedWorkerGlobalScope;

const kept: KeptNetwork = { network: null };

/**
 * What a result hands over instead of copying: a file's bytes (GEXF of 10,000 partners: megabytes),
 * a bitmap.
 */
function handedOver(result: unknown): Transferable[] {
  if (result instanceof Uint8Array) return [result.buffer];
  if (typeof result !== 'object' || result === null) return [];
  if ('svg' in result && result.svg instanceof Uint8Array) return [result.svg.buffer];
  if ('bitmap' in result && result.bitmap instanceof ImageBitmap) return [result.bitmap];
  return [];
}

scope.onmessage = (event: MessageEvent<SentRequest>) =>
  handleRequest(
    event.data,
    (message) =>
      scope.postMessage(message, message.kind === 'result' ? handedOver(message.result) : []),
    runExportTask,
    kept,
  );
