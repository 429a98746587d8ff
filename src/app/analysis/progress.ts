import { create } from 'zustand';
import type { EarlyKeyFigures } from '../../core/analysis/early-key-figures';
import type { Progress } from '../worker/client';

/**
 * How far the analysis of the shown network has come, apart from the network's store: it changes
 * many times a second while a large network is analysed, and only the bar needs to know (the whole
 * app re-rendered on every step before, seconds of work for 50,000 partners). With it the key
 * figures the analysis hands out first, shown while its long steps run.
 */
export const useAnalysisProgress = create<{
  progress: Progress | null;
  keyFigures: EarlyKeyFigures | null;
}>(() => ({
  progress: null,
  keyFigures: null,
}));

export function setAnalysisProgress(progress: Progress | null): void {
  useAnalysisProgress.setState({ progress });
}

/** The key figures of the analysis that runs now; null when a new one starts. */
export function setEarlyKeyFigures(keyFigures: EarlyKeyFigures | null): void {
  useAnalysisProgress.setState({ keyFigures });
}
