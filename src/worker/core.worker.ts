/// <reference lib="webworker" />
import { handleRequest, type KeptNetwork } from './handle-request';
import type { SentRequest } from './protocol';
import { runTask } from './run-task';

// A thin adapter: message in → core → message out, with progress events.
const scope = self as unknown as DedicatedWorkerGlobalScope;

const kept: KeptNetwork = { network: null };

scope.onmessage = (event: MessageEvent<SentRequest>) =>
  handleRequest(event.data, (message) => scope.postMessage(message), runTask, kept);
