import type { EarlyKeyFigures } from '../core/analysis/early-key-figures';
import type { ImportRequest, ImportResult, InputFile } from '../core/import';
import type { FilePreview } from '../core/import/preview';
import type { Catalogue } from '../core/catalogue/types';
import type { FullReport } from '../core/report/full-report';
import type { PreviousStand } from '../core/report/key-findings';
import type { Membership, Network, Offer } from '../core/model/types';
import type { NetworkAnalysis } from '../core/analysis/analyse-network';
import type { NetworkComparison } from '../core/compare';
import type { NamedNetwork } from '../core/doubles/across-networks';
import type { DoublesReport } from '../core/doubles/find-doubles';
import type { GapReport } from '../core/gaps/types';
import type { NetworksComparison } from '../core/doubles/match-across-networks';
import type { MapDecoration } from '../core/export/map-decoration';
import type { ReportMap } from '../core/export/report-map';
import type { MapDrawing } from '../core/export/svg';
import type { Table } from '../core/export/table';
import type { MapPosition } from '../core/project/types';
import type { ShareInput } from '../core/share/types';
import type { WhatIf } from '../core/what-if/what-if';
import type { SurveyJob, SurveyJobResult } from './survey-task';

/**
 * Messages between the app and its workers. Plain data only (structured clone, which keeps
 * Map and Set): no functions, no class instances. The core worker runs these:
 */
export type CoreTask =
  | { task: 'import'; request: ImportRequest }
  /** The first rows of a file chosen for import (a workbook, or a text file too large for the page). */
  | { task: 'preview'; file: InputFile; encoding?: string; maxRows: number }
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
      /** The app's analysis of `network` when it has finished; otherwise the task makes one. */
      analysis: NetworkAnalysis | null;
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
    }
  | {
      /** "Was wäre, wenn … wegfällt?": the network without some partners, worked out on a copy. */
      task: 'what-if';
      network: Network;
      /** The partners that would leave, by ID. */
      removed: readonly string[];
      catalogue: Catalogue;
      corrections: ReadonlyMap<string, string>;
    }
  /** Netzwerkbefragung: the forms' ZIP, returned workbooks read, answers merged and scored. */
  | { task: 'survey'; survey: SurveyJob }
  | {
      /** The map's layout computed in one go, for the map as a picture (no WebGL). */
      task: 'layout';
      network: Network;
      start: ReadonlyMap<string, MapPosition>;
    };

/**
 * A file of the network written in the export worker, which loads with the first export: the XLSX
 * and GEXF writers are large, and a state office's network took them seconds on the page (10,000
 * partners: GEXF 2.3 s, XLSX 1.3 s, GraphML 0.9 s).
 */
export type ExportTask =
  | {
      task: 'export';
      format: 'xlsx';
      /** Its partner, cooperation, offers and membership lists come first, then these tables (the report's). */
      network: Network;
      offers: readonly Offer[];
      memberships: readonly Membership[];
      tables: readonly Table[];
    }
  | { task: 'export'; format: 'gexf' | 'graphml'; network: Network; decoration: MapDecoration }
  | { task: 'export'; format: 'partners-csv' | 'cooperations-csv' | 'json'; network: Network }
  /** The offers (Angebote) or working-group memberships (Gremien), partners named by ID. */
  | { task: 'export'; format: 'offers-csv'; offers: readonly Offer[] }
  | { task: 'export'; format: 'memberships-csv'; memberships: readonly Membership[] }
  /** The report's map as SVG: the partners where the map placed them, in their sector's colour. */
  | ({ task: 'export'; format: 'report-map' } & ReportMap)
  /** The map as shown (its places, sizes and colours), as an SVG or a PNG file. */
  | { task: 'export'; format: 'map-svg' | 'map-png'; drawing: MapDrawing }
  /** "Netzwerk als Datei teilen": the share file, one HTML page to open without the app. */
  | { task: 'export'; format: 'share'; input: ShareInput }
  /**
   * The same map to show in the page: SVG, or for a map with many ties (`REPORT_PICTURE_TIES`) a
   * bitmap painted in the worker, since a browser draws an SVG image on the page's own thread.
   */
  | ({ task: 'map-picture' } & ReportMap);

/** The export tasks that write a file. */
export type FileTask = Extract<ExportTask, { task: 'export' }>;

export type WorkerTask = CoreTask | ExportTask;

export interface TaskResults {
  import: ImportResult;
  preview: FilePreview[];
  /** Every measure of the network, computed off the main thread. */
  analyse: NetworkAnalysis;
  /** The report, and the last Stand's key figures with who came and went since (null: none). */
  report: { report: FullReport; previous: PreviousStand | null };
  gaps: GapReport;
  doubles: DoublesReport;
  compare: NetworkComparison;
  networks: NetworksComparison;
  layout: Map<string, MapPosition>;
  'what-if': WhatIf;
  /** Of the job asked (`SurveyJobResults`). */
  survey: SurveyJobResult;
  /** The file's bytes (text in UTF-8), handed over to the page rather than copied. */
  export: Uint8Array;
  'map-picture': MapPictureResult;
}

/** A picture of the map as the export worker hands it over (not copied): SVG text or a bitmap. */
export type MapPictureResult = { svg: Uint8Array } | { bitmap: ImageBitmap };

export type WorkerRequest = { id: number } & WorkerTask;

/**
 * A request as it goes to the worker: a task on the network the worker was sent last comes
 * without it (`network: null`, `sameNetwork`), and the worker takes the one it keeps. Copying a
 * state office's network to a worker was a task of the page of its own for every view (10,000
 * partners: 70–170 ms; 50,000: 0.37 s).
 */
export type SentRequest =
  WorkerRequest | (Omit<WorkerRequest, 'network'> & { network: null; sameNetwork: true });

export type WorkerResponse =
  | { id: number; kind: 'progress'; done: number; total: number; step: string }
  /** The analysis' key figures, sent before its long steps (see `AnalysisOptions.onEarlyKeyFigures`). */
  | { id: number; kind: 'early-key-figures'; figures: EarlyKeyFigures }
  | { id: number; kind: 'result'; result: TaskResults[WorkerTask['task']] }
  | { id: number; kind: 'error'; message: string };
