/// <reference lib="webworker" />
import { handleRequest } from './handle-request';
import type { CoreTask } from './protocol';
import { runTask } from './run-task';

// A thin adapter: message in → core → message out, with progress events.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number } & CoreTask>) =>
  handleRequest(event.data, (message) => scope.postMessage(message), runTask);
