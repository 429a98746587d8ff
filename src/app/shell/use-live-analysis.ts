import { useCallback, useEffect, useRef, useState } from 'react';
import { keepAnalysis } from '../store/analysis';
import { currentNetwork } from '../store/state';
import { useNetworkStore } from '../store/store';
import { runInWorker, TaskCancelled, type RunningTask } from '../worker/client';
import { setAnalysisProgress, setEarlyKeyFigures } from '../analysis/progress';

/** The live analysis' controls: whether it was stopped, and how to stop or start it again. */
export interface LiveAnalysis {
  stopped: boolean;
  stop: () => void;
  restart: () => void;
}

/**
 * The analysis of every state of the network, in the worker with progress; it can be stopped and
 * started again. Its result is kept with the network it was computed from (`store/analysis`).
 */
export function useLiveAnalysis(guard: (work: Promise<void>) => void): LiveAnalysis {
  const network = useNetworkStore(currentNetwork);
  const revision = useNetworkStore((state) => state.revision);
  const [stopped, setStopped] = useState(false);
  const [run, setRun] = useState(0);
  const task = useRef<RunningTask<unknown> | null>(null);
  useEffect(() => {
    if (revision === 0) return;
    setStopped(false);
    setAnalysisProgress(null);
    setEarlyKeyFigures(null);
    const running = runInWorker({ task: 'analyse', network }, setAnalysisProgress, (figures) => {
      if (task.current === running) setEarlyKeyFigures(figures);
    });
    task.current = running;
    guard(
      running.result.then(
        (analysis) => keepAnalysis(network, analysis),
        (error: unknown) => {
          if (!(error instanceof TaskCancelled)) throw error;
        },
      ),
    );
    return () => running.cancel();
  }, [network, revision, guard, run]);
  const stop = useCallback(() => {
    task.current?.cancel();
    setStopped(true);
  }, []);
  const restart = useCallback(() => setRun((count) => count + 1), []);
  return { stopped, stop, restart };
}
