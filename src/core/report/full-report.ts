import {
  analyseNetwork,
  type AnalysisOptions,
  type NetworkAnalysis,
} from '../analysis/analyse-network';
import { indexCatalogue } from '../catalogue/catalogue-index';
import type { Catalogue } from '../catalogue/types';
import type { SharedPartner } from '../doubles/across-networks';
import { findDoubles, type DoublesReport } from '../doubles/find-doubles';
import { findGaps } from '../gaps/find-gaps';
import { indexNetwork } from '../analysis/network-index';
import { buildGraph, type NetworkGraph } from '../model/graph';
import type { Problem } from '../model/problems';
import { summariseDoubles, type DoublesSummary } from './doubles-summary';
import { summariseGaps, type GapsSummary } from './gaps-summary';
import { keyPointLosses, type KeyPointLoss } from '../what-if/key-point-losses';
import { keyFindings, type KeyFinding } from './key-findings';
import type { ReportSource } from './merge-sources';
import {
  describeProblems,
  reportFromAnalysis,
  withPartnerNetworks,
  type NetworkReport,
} from './report';

/** The catalogue a report was checked against, so a reader can tell which version judged it. */
export interface CatalogueReference {
  id: string;
  version: string;
  source: string;
}

/**
 * The whole `analyse` contract: the analysis, the gaps, what the loss of each articulation point
 * would cause, the doubled structures, the catalogue, and the findings of the report's first page.
 */
export interface FullReport extends NetworkReport {
  gaps: GapsSummary;
  /** Each articulation point's what-if, those whose loss cuts off the most partners first. */
  keyPointLosses: KeyPointLoss[];
  doubles: DoublesSummary;
  catalogue: CatalogueReference;
  /** What a steering group must know first (`keyFindings`), without a comparison with a Stand. */
  findings: KeyFinding[];
}

export interface FullReportOptions {
  catalogue: Catalogue;
  /** Jaccard from which two committees count as overlapping. */
  committeeOverlap?: number;
  /** Organisations found in several networks, when `source` is a merged network (`mergeSources`). */
  shared?: SharedPartner[];
  analysis?: AnalysisOptions;
  /** The analysis of this very network when the caller has it already: it is not made again. */
  analysed?: NetworkAnalysis;
  /** The graph of `source.network` when the caller has built it already (for `analysed`). */
  graph?: NetworkGraph;
  /**
   * The doubled structures of this very source when the caller has found them already (while the
   * shortest paths were swept on other threads): they are not looked for again.
   */
  doubles?: DoublesReport;
}

/**
 * Analyses a network and checks it against the catalogue and for doubled structures. `describe`
 * turns a problem into a sentence in the caller's language, so the core stays free of prose.
 */
export function buildFullReport(
  source: ReportSource,
  problems: readonly Problem[],
  describe: (problem: Problem) => string,
  options: FullReportOptions,
): FullReport {
  const { network } = source;
  const graph = options.graph ?? buildGraph(network);
  const analysis = options.analysed ?? analyseNetwork(graph, options.analysis);
  const base = reportFromAnalysis(network, analysis, describeProblems(problems, describe));
  const gaps = findGaps(network, options.catalogue, {
    graph,
    articulationPoints: analysis.network.articulationPoints,
    ...(source.offers !== undefined && source.offers.length > 0 ? { offers: source.offers } : {}),
  });
  const doubles = options.doubles ?? findSourceDoubles(source, options);
  const { id, version, source: basis } = options.catalogue;
  const report = options.shared === undefined ? base : withPartnerNetworks(base, network);
  const gapsSummary = summariseGaps(gaps, options.catalogue);
  const losses = keyPointLosses(indexNetwork(graph), analysis.network.articulationPoints, gaps);
  const doublesSummary = { ...summariseDoubles(doubles), networks: options.shared ?? [] };
  return {
    ...report,
    gaps: gapsSummary,
    keyPointLosses: losses,
    doubles: doublesSummary,
    catalogue: { id, version, source: basis },
    findings: keyFindings({
      report,
      gaps: gapsSummary,
      doubles: doublesSummary,
      keyPointLosses: losses,
    }),
  };
}

/** The doubled structures of a report's source, with the report's catalogue and threshold. */
export function findSourceDoubles(
  source: ReportSource,
  options: Pick<FullReportOptions, 'catalogue' | 'committeeOverlap'>,
): DoublesReport {
  return findDoubles(
    {
      network: source.network,
      offers: source.offers ?? [],
      memberships: source.memberships ?? [],
    },
    {
      catalogue: indexCatalogue(options.catalogue),
      ...(options.committeeOverlap === undefined
        ? {}
        : { committeeOverlap: options.committeeOverlap }),
    },
  );
}
