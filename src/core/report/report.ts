import {
  analyseNetwork,
  type AnalysisOptions,
  type NetworkAnalysis,
  type PartnerAnalysis,
} from '../analysis/analyse-network';
import { NETWORKS_ATTRIBUTE } from '../doubles/across-networks';
import { buildGraph } from '../model/graph';
import type { Problem } from '../model/problems';
import type { Network } from '../model/types';

/**
 * The analysis report as plain data: the public contract of `cli analyse`. Later features add
 * keys; existing keys are never renamed. Numbers keep full precision.
 */
export type PartnerReport = Pick<PartnerAnalysis, 'id'> & {
  name: string;
  sector: string;
} & Omit<PartnerAnalysis, 'id' | 'component'> & {
    /** The networks the partner belongs to, when several networks were analysed as one. */
    networks?: string[];
  };

export interface ReportProblem {
  file: string;
  line: number | null;
  severity: Problem['severity'];
  code: Problem['code'];
  message: string;
}

export interface SectorEI {
  sector: string;
  /** Null for a sector without ties. */
  ei: number | null;
}

export interface NetworkReport {
  /**
   * The analysis' figures of the network; `isolates` and `articulationPoints` name partners by ID,
   * as everywhere in the report (two partners may share a name; `partners` gives each ID's name).
   * `eigenvectorConverged` and `pagerankConverged` say why a column is empty (false: every
   * partner's value is null); `eigenvectorByComponent` that each sub-network with ties got its own
   * eigenvector, weighted by its size; `sampled`, null when exact, how betweenness and closeness
   * were estimated and how accurate such estimates were measured to be.
   */
  network: Pick<
    NetworkAnalysis['network'],
    | 'partners'
    | 'cooperations'
    | 'density'
    | 'components'
    | 'isolates'
    | 'articulationPoints'
    | 'eigenvectorConverged'
    | 'eigenvectorByComponent'
    | 'pagerankConverged'
  > & { sampled: NetworkAnalysis['sampled'] };
  partners: PartnerReport[];
  /** Ties whose loss splits the network, as pairs of partner IDs. */
  bridges: [string, string][];
  sectors: Omit<NetworkAnalysis['sectors'], 'eiBySector'> & {
    /** E-I index of each sector over its partners' ties (Krackhardt & Stern 1988). */
    eiBySector: SectorEI[];
  };
  problems: ReportProblem[];
}

/** Turns an analysis into the report's shape. Partners are named by ID; their names are in `partners`. */
export function reportFromAnalysis(
  network: Network,
  analysis: NetworkAnalysis,
  problems: ReportProblem[],
): NetworkReport {
  const byId = new Map(network.partners.map((p) => [p.id, p]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  return {
    network: {
      partners: analysis.network.partners,
      cooperations: analysis.network.cooperations,
      density: analysis.network.density,
      components: analysis.network.components,
      isolates: [...analysis.network.isolates],
      articulationPoints: [...analysis.network.articulationPoints],
      eigenvectorConverged: analysis.network.eigenvectorConverged,
      eigenvectorByComponent: analysis.network.eigenvectorByComponent,
      pagerankConverged: analysis.network.pagerankConverged,
      sampled: analysis.sampled,
    },
    partners: analysis.partners.map(({ id, ...figures }) => {
      // Every partner measure, in the analysis' order; the component number is bookkeeping.
      const partner = { id, name: name(id), sector: byId.get(id)?.sector ?? '', ...figures };
      delete (partner as Partial<typeof partner>).component;
      return partner;
    }),
    bridges: analysis.network.bridges.map(([a, b]): [string, string] => [a, b]),
    sectors: {
      eiIndex: analysis.sectors.eiIndex,
      eiBySector: [...analysis.sectors.eiBySector].map(([sector, ei]) => ({ sector, ei })),
      assortativity: analysis.sectors.assortativity,
      blockDensity: analysis.sectors.blockDensity,
      communities: analysis.sectors.communities,
    },
    problems,
  };
}

/**
 * Analyses a network and assembles the report. `describe` turns a problem into a sentence in the
 * caller's language, so the core itself stays free of prose.
 */
export function buildReport(
  network: Network,
  problems: Problem[],
  describe: (problem: Problem) => string,
  options: AnalysisOptions = {},
): NetworkReport {
  const analysis = analyseNetwork(buildGraph(network), options);
  return reportFromAnalysis(network, analysis, describeProblems(problems, describe));
}

/** Problems with their sentence in the caller's language, as the report lists them. */
export function describeProblems(
  problems: readonly Problem[],
  describe: (problem: Problem) => string,
): ReportProblem[] {
  return problems.map((p) => ({
    file: p.file,
    line: p.line,
    severity: p.severity,
    code: p.code,
    message: describe(p),
  }));
}

/**
 * Notes each partner's networks on the report of a merged network (`acrossNetworks`), where the
 * partner carries them as an attribute. Only for merged networks: in a user's own list a column of
 * that name would be data of its own.
 */
export function withPartnerNetworks(report: NetworkReport, merged: Network): NetworkReport {
  const networksOf = new Map(
    merged.partners.map((p) => [
      p.id,
      (p.attributes[NETWORKS_ATTRIBUTE] ?? '').split('|').filter((n) => n !== ''),
    ]),
  );
  return {
    ...report,
    partners: report.partners.map((p) => ({ ...p, networks: networksOf.get(p.id) ?? [] })),
  };
}
