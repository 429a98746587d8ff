import { create } from 'zustand';
import type { Progress } from '../worker/client';

/**
 * How far the analysis of the shown network has come, apart from the network's store: it changes
 * many times a second while a large network is analysed, and only the bar needs to know (the whole
 * app re-rendered on every step before, seconds of work for 50,000 partners).
 */
export const useAnalysisProgress = create<{ progress: Progress | null }>(() => ({
  progress: null,
}));

export function setAnalysisProgress(progress: Progress | null): void {
  useAnalysisProgress.setState({ progress });
}
