import type { TaskResults, WorkerTask } from '../../worker/protocol';

/** How many results of one kind are kept: the network now, an undo away, another Stand. */
const KEPT_PER_KIND = 4;

interface Kept {
  task: WorkerTask;
  result: unknown;
}

/**
 * Results of finished tasks, so that a view opened again, or an edit undone, shows its result at
 * once. Tasks are compared field by field by identity: the store hands out a new network object
 * for every revision and keeps the old one for undo, so the same object means the same network.
 */
export class TaskMemory {
  private readonly kept = new Map<WorkerTask['task'], Kept[]>();

  recall<K extends WorkerTask['task']>(
    task: Extract<WorkerTask, { task: K }>,
  ): TaskResults[K] | undefined {
    const found = this.kept.get(task.task)?.find((entry) => sameTask(entry.task, task));
    return found?.result as TaskResults[K] | undefined;
  }

  remember<K extends WorkerTask['task']>(
    task: Extract<WorkerTask, { task: K }>,
    result: TaskResults[K],
  ): void {
    const others = (this.kept.get(task.task) ?? []).filter((entry) => !sameTask(entry.task, task));
    this.kept.set(task.task, [{ task, result }, ...others].slice(0, KEPT_PER_KIND));
  }
}

/** The same kind of task on the very same inputs. */
export function sameTask(a: WorkerTask, b: WorkerTask): boolean {
  const fieldsA = Object.entries(a);
  return (
    fieldsA.length === Object.keys(b).length &&
    fieldsA.every(([field, value]) => Object.is(value, (b as Record<string, unknown>)[field]))
  );
}

/** The page's one memory of task results. */
export const taskMemory = new TaskMemory();
