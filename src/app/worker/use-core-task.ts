import { useCallback, useEffect, useRef, useState } from 'react';
import type { TaskResults, WorkerTask } from '../../worker/protocol';
import { runInWorker, TaskCancelled, type Progress } from './client';
import { taskMemory } from './task-memory';

/** Where a task stands: running (with progress when it reports any), stopped, failed or done. */
export type TaskState =
  | { kind: 'running'; progress: Progress | null }
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string }
  | { kind: 'done' };

export interface CoreTask<Task, T> {
  /** The result of this task, or of the one before while this one runs; null before the first. */
  result: T | null;
  /** The task `result` answers. */
  resultOf: Task | null;
  /** True when `result` belongs to the task asked for now. */
  current: boolean;
  status: TaskState;
  stop(): void;
  /** Runs the task again after a stop or a failure. */
  restart(): void;
}

interface Outcome<Task, T> {
  task: Task;
  status: TaskState;
  /** The last result, and the task it answers. */
  result: { of: Task; value: T } | null;
}

/**
 * Runs a core task in the worker whenever `task` changes (pass a memoised object; null runs
 * nothing and has no result) and keeps its last result. A result the page already has is shown at once.
 */
export function useCoreTask<K extends WorkerTask['task']>(
  task: Extract<WorkerTask, { task: K }> | null,
): CoreTask<Extract<WorkerTask, { task: K }>, TaskResults[K]> {
  const [outcome, setOutcome] = useState<Outcome<
    Extract<WorkerTask, { task: K }>,
    TaskResults[K]
  > | null>(null);
  const running = useRef<(() => void) | null>(null);
  const [attempt, setAttempt] = useState(0);
  const known = task === null ? undefined : taskMemory.recall(task);

  useEffect(() => {
    if (task === null || taskMemory.recall(task) !== undefined) return;
    setOutcome((before) => ({
      task,
      status: { kind: 'running', progress: null },
      result: before?.result ?? null,
    }));
    const work = runInWorker(task, (progress) =>
      setOutcome((before) => ({
        task,
        status: { kind: 'running', progress },
        result: before?.result ?? null,
      })),
    );
    running.current = () => {
      work.cancel();
      setOutcome((before) => ({
        task,
        status: { kind: 'stopped' },
        result: before?.result ?? null,
      }));
    };
    work.result.then(
      (result) => {
        running.current = null;
        taskMemory.remember(task, result);
        setOutcome({ task, status: { kind: 'done' }, result: { of: task, value: result } });
      },
      (error: unknown) => {
        if (error instanceof TaskCancelled) return;
        const message = error instanceof Error ? error.message : String(error);
        setOutcome((before) => ({
          task,
          status: { kind: 'failed', message },
          result: before?.result ?? null,
        }));
      },
    );
    return () => {
      running.current = null;
      work.cancel();
    };
  }, [task, attempt]);

  const stop = useCallback(() => running.current?.(), []);
  const restart = useCallback(() => setAttempt((n) => n + 1), []);
  if (task === null) {
    return {
      result: null,
      resultOf: null,
      current: false,
      status: { kind: 'done' },
      stop,
      restart,
    };
  }
  if (known !== undefined) {
    return {
      result: known,
      resultOf: task,
      current: true,
      status: { kind: 'done' },
      stop,
      restart,
    };
  }
  const mine = outcome !== null && outcome.task === task;
  return {
    result: outcome?.result?.value ?? null,
    resultOf: outcome?.result?.of ?? null,
    current: false,
    status: mine ? outcome.status : { kind: 'running', progress: null },
    stop,
    restart,
  };
}
