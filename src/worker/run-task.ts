import { importNetwork } from '../core/import';
import { buildGraph } from '../core/model/graph';
import { networkFigures, partnerFigures } from '../core/report/report';
import type { TaskResults, WorkerTask } from './protocol';

type Progress = (done: number, total: number, step: string) => void;

/** Runs one task on the core. Kept apart from the worker's message plumbing so tests can call it. */
export async function runTask(
  task: WorkerTask,
  onProgress: Progress,
): Promise<TaskResults[WorkerTask['task']]> {
  switch (task.task) {
    case 'import':
      return importNetwork({
        ...task.request,
        onProgress: ({ file, phase, done, total }) => onProgress(done, total, `${phase}:${file}`),
      });
    case 'analyse': {
      onProgress(0, 1, 'analyse');
      const graph = buildGraph(task.network);
      const result = { network: networkFigures(graph), partners: partnerFigures(graph) };
      onProgress(1, 1, 'analyse');
      return result;
    }
  }
}
