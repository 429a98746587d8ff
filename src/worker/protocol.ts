import type { ImportRequest, ImportResult } from '../core/import';
import type { Catalogue } from '../core/catalogue/types';
import type { FullReport } from '../core/report/full-report';
import type { KeyFigures } from '../core/report/key-figures';
import type { Membership, Network, Offer } from '../core/model/types';
import type { NetworkAnalysis } from '../core/analysis/analyse-network';
import type { NetworkComparison } from '../core/compare';
import type { NamedNetwork } from '../core/doubles/acrossNetworks';
import type { DoublesReport } from '../core/doubles/findDoubles';
import type { GapReport } from '../core/gaps/types';
import type { NetworksComparison } from '../core/doubles/matchAcrossNetworks';

/**
 * Messages between the app and the core worker. Plain data only (structured clone, which keeps
 * Map and Set): no functions, no class instances.
 */
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
    }
  | {
      /** Lücken: the network held against the catalogue and against itself. */
      task: 'gaps';
      network: Network;
      catalogue: Catalogue;
      corrections: ReadonlyMap<string, string>;
      /** From the structure analysis; null while it runs. */
      articulationPoints: readonly string[] | null;
      /** The offers table; null places the offers listed on the partners. */
      offers: readonly Offer[] | null;
    }
  | {
      /** Doppelstrukturen inside one network. */
      task: 'doubles';
      network: Network;
      offers: readonly Offer[];
      memberships: readonly Membership[];
      committeeOverlap: number;
    }
  | {
      /** A kept Stand compared with the network now. */
      task: 'compare';
      before: Network;
      after: Network;
      catalogue: Catalogue;
      corrections: ReadonlyMap<string, string>;
    }
  | {
      /** Partners found in several networks, and the merged network of all. */
      task: 'networks';
      networks: readonly NamedNetwork[];
    };

/** Every measure of the network, computed off the main thread. */
export type AnalysisResult = NetworkAnalysis;

export interface TaskResults {
  import: ImportResult;
  analyse: AnalysisResult;
  report: { report: FullReport; previous: KeyFigures | null };
  gaps: GapReport;
  doubles: DoublesReport;
  compare: NetworkComparison;
  networks: NetworksComparison;
}

export type WorkerRequest = { id: number } & WorkerTask;

export type WorkerResponse =
  | { id: number; kind: 'progress'; done: number; total: number; step: string }
  | { id: number; kind: 'result'; result: TaskResults[WorkerTask['task']] }
  | { id: number; kind: 'error'; message: string };
