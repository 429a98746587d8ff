/// <reference lib="webworker" />
import { handleRequest } from './handle-request';
import type { WorkerRequest } from './protocol';

// A thin adapter: message in → core → message out, with progress events.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) =>
  handleRequest(event.data, (message) => scope.postMessage(message));
