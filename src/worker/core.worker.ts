/// <reference lib="webworker" />
import { handleRequest, type KeptNetwork } from './handle-request';
import type { CoreTask, SentRequest } from './protocol';
import { runTask, type Progress } from './run-task';
import { webWorkerSweep } from './sweep-helpers';

// A thin adapter: message in → core → message out, with progress events.
const scope = self as unknown as DedicatedWorkerGlobalScope;

const kept: KeptNetwork = { network: null };
const sweep = webWorkerSweep();

scope.onmessage = (event: MessageEvent<SentRequest>) =>
  handleRequest(
    event.data,
    (message) => scope.postMessage(message),
    (task: CoreTask, onProgress: Progress, onEarlyKeyFigures) =>
      runTask(task, onProgress, sweep, onEarlyKeyFigures),
    kept,
  );
