import type { ImportRequest, ImportResult } from '../core/import';
import type { Catalogue } from '../core/catalogue/types';
import type { FullReport } from '../core/report/full-report';
import type { KeyFigures } from '../core/report/key-figures';
import type { Membership, Network, Offer } from '../core/model/types';
import type { NetworkAnalysis } from '../core/analysis/analyse-network';

/** Messages between the app and the core worker. Plain data only (structured clone). */
export type WorkerTask =
  | { task: 'import'; request: ImportRequest }
  | { task: 'analyse'; network: Network }
  | {
      task: 'report';
      network: Network;
      offers: Offer[];
      memberships: Membership[];
      overlapThreshold: number;
      catalogue: Catalogue;
      /** The network at the last Stand, to compare the key figures with. */
      previous: Network | null;
    };

/** Every measure of the network, computed off the main thread. */
export type AnalysisResult = NetworkAnalysis;

export interface TaskResults {
  import: ImportResult;
  analyse: AnalysisResult;
  report: { report: FullReport; previous: KeyFigures | null };
}

export type WorkerRequest = { id: number } & WorkerTask;

export type WorkerResponse =
  | { id: number; kind: 'progress'; done: number; total: number; step: string }
  | { id: number; kind: 'result'; result: TaskResults[WorkerTask['task']] }
  | { id: number; kind: 'error'; message: string };
