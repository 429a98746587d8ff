/// <reference lib="webworker" />
import { handleRequest, type KeptNetwork } from './handle-request';
import type { SentRequest } from './protocol';
import { runExport } from './run-export';

// Writes export files off the page; started with the first export.
const scope = self as unknown as DedicatedWorkerGlobalScope;

const kept: KeptNetwork = { network: null };

// The file's bytes are handed over, not copied (GEXF of 10,000 partners: megabytes).
scope.onmessage = (event: MessageEvent<SentRequest>) =>
  handleRequest(
    event.data,
    (message) =>
      scope.postMessage(
        message,
        message.kind === 'result' && message.result instanceof Uint8Array
          ? [message.result.buffer]
          : [],
      ),
    runExport,
    kept,
  );
