import type { NetworkGraph } from '../model/graph';
import { sectorAssortativity } from './assortativity';
import { betweennessFromSweep, betweennessSources, type BetweennessSampling } from './betweenness';
import { blockDensity, type SectorBlock } from './block-density';
import { brokerage, type BrokerageRoles } from './brokerage';
import { closeness, closenessFromSweep } from './closeness';
import { communities as findCommunities, DEFAULT_COMMUNITY_SEED } from './communities';
import { components as findComponents, isolates } from './components';
import { constraint } from './constraint';
import { coreNumber } from './core-number';
import { cutPoints } from './cut-points';
import { degree } from './degree';
import { density } from './density';
import { effectiveSize } from './effective-size';
import { eiIndex } from './ei-index';
import { eigenvector } from './eigenvector';
import { indexNetwork } from './network-index';
import { pagerank } from './pagerank';
import { sweepShortestPaths } from './path-sweep';
import { checkStop, type ProgressHooks } from './progress';
import { strength } from './strength';

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
    eigenvectorConverged: boolean;
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

/** Work units of the steps that are not shortest-path sweeps (one each). */
const LIGHT_STEPS = [
  'index',
  'degree',
  'eigenvector',
  'pagerank',
  'components',
  'cut-points',
  'core-number',
  'structural-holes',
  'sector-mixing',
  'brokerage',
  'communities',
] as const;

/**
 * Runs every measure on the network and returns plain data (full precision, nothing rounded), ready
 * to cross a worker boundary. Progress is counted in work units over the whole run: one per light
 * step, one per source in the shortest-path sweeps. Exact betweenness and closeness share one sweep
 * (the distances from each source are there anyway); a sampled betweenness needs a second, cheaper
 * sweep from every partner for closeness. Throws `AnalysisCancelled` when `shouldStop()` returns true.
 */
export function analyseNetwork(
  graph: NetworkGraph,
  options: AnalysisOptions = {},
): NetworkAnalysis {
  const n = graph.order;
  const sampling =
    options.betweenness === undefined || options.betweenness === 'exact'
      ? undefined
      : options.betweenness;
  const sources = betweennessSources(n, sampling);
  const exact = sources.length === n;
  const total = LIGHT_STEPS.length + sources.length + (exact ? 0 : n);
  let done = 0;
  const step = <T>(name: string, run: () => T): T => {
    checkStop(options);
    options.onProgress?.(done, total, name);
    const result = run();
    done += 1;
    return result;
  };
  const sweep = (offset: number): ProgressHooks => ({
    shouldStop: options.shouldStop,
    onProgress: (sourcesDone, _sources, name) =>
      options.onProgress?.(offset + sourcesDone, total, name),
  });

  const index = step('index', () => indexNetwork(graph));
  const degrees = step('degree', () => ({ degree: degree(index), strength: strength(index) }));
  const paths = sweepShortestPaths(
    index,
    { sources, dependencies: true, step: 'betweenness' },
    sweep(done),
  );
  done += sources.length;
  const close = exact ? closenessFromSweep(paths) : closeness(index, sweep(done));
  const between = betweennessFromSweep(paths, sources.length);
  if (!exact) done += n;
  const eigen = step('eigenvector', () => eigenvector(index));
  const rank = step('pagerank', () => pagerank(index));
  const parts = step('components', () => findComponents(index));
  const cuts = step('cut-points', () => cutPoints(index));
  const cores = step('core-number', () => coreNumber(index));
  const holes = step('structural-holes', () => ({
    constraint: constraint(index),
    effectiveSize: effectiveSize(index),
  }));
  const mixing = step('sector-mixing', () => ({
    ei: eiIndex(index),
    assortativity: sectorAssortativity(index),
    blocks: blockDensity(index),
  }));
  const roles = step('brokerage', () => brokerage(index));
  const clusters = step('communities', () =>
    findCommunities(graph, index, options.communitySeed ?? DEFAULT_COMMUNITY_SEED),
  );
  options.onProgress?.(total, total, 'done');

  const partners = index.ids.map((id, i): PartnerAnalysis => ({
    id,
    degree: degrees.degree[i]!,
    strength: degrees.strength[i]!,
    betweenness: between.scores[i]!,
    closeness: close[i]!,
    eigenvector: eigen.scores[i]!,
    pagerank: rank.scores[i]!,
    constraint: holes.constraint[i]!,
    effectiveSize: holes.effectiveSize[i]!,
    coreNumber: cores[i]!,
    articulationPoint: cuts.articulationPoints[i]! === 1,
    community: clusters.membership[i]!,
    ei: mixing.ei.byPartner[i]!,
    component: parts.membership[i]!,
    brokerage: roles[i]!,
  }));
  return {
    partners,
    network: {
      partners: n,
      cooperations: index.cooperationCount,
      density: density(index),
      components: parts.count,
      isolates: isolates(index).map((i) => index.ids[i]!),
      articulationPoints: index.ids.filter((_id, i) => cuts.articulationPoints[i] === 1),
      bridges: cuts.bridges.map(([a, b]): [string, string] => [index.ids[a]!, index.ids[b]!]),
      eigenvectorConverged: eigen.converged,
      pagerankConverged: rank.converged,
    },
    sectors: {
      eiIndex: mixing.ei.network,
      eiBySector: mixing.ei.bySector,
      assortativity: mixing.assortativity,
      blockDensity: mixing.blocks,
      communities: {
        count: clusters.count,
        modularity: clusters.modularity,
        nmiWithSectors: clusters.nmiWithSectors,
      },
    },
    betweennessMode: exact ? 'exact' : 'sampled',
    betweennessErrorBound: between.errorBound,
  };
}
