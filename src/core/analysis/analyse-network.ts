import type { NetworkGraph } from '../model/graph';
import { betweennessSources, type BetweennessSampling } from './betweenness';
import type { SectorBlock } from './block-density';
import type { BrokerageRoles } from './brokerage';
import { indexNetwork } from './network-index';
import { checkStop, type ProgressHooks } from './progress';
import { ANALYSIS_STEPS, type AnalysisPart, type AnalysisRun, type AnalysisStep } from './registry';

export interface AnalysisOptions extends ProgressHooks {
  /** 'exact' (default) or an estimate from sampled sources for large networks. */
  betweenness?: 'exact' | BetweennessSampling;
  /** Seed of the community detection; the same seed gives the same communities. */
  communitySeed?: number;
}

export interface PartnerAnalysis {
  id: string;
  degree: number;
  strength: number;
  betweenness: number;
  closeness: number;
  eigenvector: number | null;
  pagerank: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  coreNumber: number;
  articulationPoint: boolean;
  /** Number of the partner's community, 0 … count − 1. */
  community: number;
  /** The partner's E-I index; null for isolates. */
  ei: number | null;
  /** Number of the partner's connected component, 0 … count − 1. */
  component: number;
  brokerage: BrokerageRoles;
}

export interface NetworkAnalysis {
  partners: PartnerAnalysis[];
  network: {
    partners: number;
    cooperations: number;
    density: number;
    components: number;
    isolates: string[];
    articulationPoints: string[];
    bridges: [string, string][];
    /** False when the eigenvector did not converge: every partner's eigenvector is then null. */
    eigenvectorConverged: boolean;
    /**
     * True when more than one sub-network has ties: each got its own eigenvector, weighted by its
     * size (see `eigenvector`), so scores of different sub-networks come from different vectors.
     */
    eigenvectorByComponent: boolean;
    /** False when PageRank did not converge: every partner's PageRank is then null. */
    pagerankConverged: boolean;
  };
  sectors: {
    eiIndex: number | null;
    eiBySector: Map<string, number | null>;
    assortativity: number | null;
    blockDensity: SectorBlock[];
    communities: { count: number; modularity: number | null; nmiWithSectors: number | null };
  };
  betweennessMode: 'exact' | 'sampled';
  /** Sampled only: ± bound on each partner's betweenness at 95 % confidence; null when exact. */
  betweennessErrorBound: number | null;
}

/**
 * Runs every registered measure on the network (`ANALYSIS_STEPS`, or the steps given) and returns
 * plain data (full precision, nothing rounded), ready to cross a worker boundary. Progress is
 * counted in work units over the whole run: one for indexing the network and one per step, but one
 * per source for the shortest-path sweep. Throws `AnalysisCancelled` when `shouldStop()` returns
 * true, between the steps and inside the sweeps.
 */
export function analyseNetwork(
  graph: NetworkGraph,
  options: AnalysisOptions = {},
  steps: readonly AnalysisStep[] = ANALYSIS_STEPS,
): NetworkAnalysis {
  const n = graph.order;
  const sampling =
    options.betweenness === undefined || options.betweenness === 'exact'
      ? undefined
      : options.betweenness;
  const sources = betweennessSources(n, sampling);
  const units = steps.map((step) => step.units?.(n, sources.length) ?? 1);
  const total = units.reduce((a, b) => a + b, 1);
  let done = 0;
  const announce = (name: string) => {
    checkStop(options);
    options.onProgress?.(done, total, name);
  };

  announce('index');
  const index = indexNetwork(graph);
  done += 1;
  const run: AnalysisRun = {
    graph,
    index,
    options,
    sources,
    progress: (offset) => {
      const start = done + offset;
      return {
        shouldStop: options.shouldStop,
        onProgress: (stepDone, _stepTotal, name) =>
          options.onProgress?.(start + stepDone, total, name),
      };
    },
  };

  const parts: AnalysisPart[] = [];
  steps.forEach((step, i) => {
    announce(step.id);
    parts.push(step.compute(run));
    done += units[i]!;
  });
  options.onProgress?.(total, total, 'done');
  return assemble(index.ids, parts);
}

/** The steps' parts as one analysis; a figure no step computed is a mistake in the registry. */
function assemble(ids: readonly string[], parts: readonly AnalysisPart[]): NetworkAnalysis {
  const columns: Record<string, ArrayLike<unknown>> = {};
  const network: Partial<NetworkAnalysis['network']> = {};
  const sectors: Partial<NetworkAnalysis['sectors']> = {};
  let betweenness: AnalysisPart['betweenness'];
  for (const part of parts) {
    Object.assign(columns, part.partners);
    Object.assign(network, part.network);
    Object.assign(sectors, part.sectors);
    betweenness = part.betweenness ?? betweenness;
  }
  const names = Object.keys(columns);
  const partners = ids.map((id, i) => {
    const partner: Record<string, unknown> = { id };
    for (const name of names) partner[name] = columns[name]![i];
    // Complete as long as the steps cover every figure; the registry's test checks that they do.
    return partner as unknown as PartnerAnalysis;
  });
  return {
    partners,
    network: network as NetworkAnalysis['network'],
    sectors: sectors as NetworkAnalysis['sectors'],
    betweennessMode: betweenness?.betweennessMode ?? 'exact',
    betweennessErrorBound: betweenness?.betweennessErrorBound ?? null,
  };
}
