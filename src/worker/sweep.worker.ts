/// <reference lib="webworker" />
import {
  sweepBuffers,
  type SweepPartAnswer,
  type SweepPartRequest,
} from '../core/analysis/parallel-sweep';
import { sweepPart, sweepWorkspace, type SweepInput } from '../core/analysis/path-sweep';

// A helper of the analysis worker: it is sent the sweep's input once (its own copy of the
// network), then sweeps the parts it is asked for and hands back each part's sums.
const scope = self as unknown as DedicatedWorkerGlobalScope;

let held: { input: SweepInput; workspace: ReturnType<typeof sweepWorkspace> } | null = null;

scope.onmessage = (event: MessageEvent<{ input: SweepInput } | SweepPartRequest>) => {
  const message = event.data;
  if ('input' in message) {
    held = { input: message.input, workspace: sweepWorkspace(message.input) };
    return;
  }
  const { part } = message;
  let answer: SweepPartAnswer;
  try {
    if (held === null) throw new Error('no sweep input');
    answer = { part, sweep: sweepPart(held.input, part, held.workspace) };
  } catch (error) {
    answer = { part, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer, 'sweep' in answer ? sweepBuffers(answer.sweep) : []);
};
