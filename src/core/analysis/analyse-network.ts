import type { NetworkGraph } from '../model/graph';
import type { SectorBlock } from './block-density';
import type { BrokerageRoles } from './brokerage';
import { earlyKeyFigures, type EarlyKeyFigures } from './early-key-figures';
import { indexNetwork } from './network-index';
import { sweepFor } from './betweenness';
import type { SweepRunner } from './parallel-sweep';
import { planSources, type PathSampling } from './path-sources';
import { prepareSweep, sweepPrepared, type PathSweep, type SweepInput } from './path-sweep';
import { accuracyMeasured, type SamplingAccuracy } from './sampling-accuracy';
import { checkStop, type ProgressHooks } from './progress';
import { ANALYSIS_STEPS, type AnalysisPart, type AnalysisRun, type AnalysisStep } from './registry';

export interface AnalysisOptions extends ProgressHooks {
  /**
   * Betweenness and closeness from every partner or estimated from sampled sources: by default
   * ('auto') as the core's policy for large networks says (see `path-sources.ts`).
   */
  paths?: PathSampling;
  /** Seed of the community detection; the same seed gives the same communities. */
  communitySeed?: number;
  /**
   * Called once with the network's key figures, before any measure: they need no paths, so the
   * page can show them while the shortest paths of a large network take their time.
   */
  onEarlyKeyFigures?: (figures: EarlyKeyFigures) => void;
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
  /** Null when betweenness and closeness are exact; else how they were estimated. */
  sampled: SampledPaths | null;
}

/** How betweenness and closeness were estimated, and how accurate that was measured to be. */
export interface SampledPaths {
  /** Sources drawn at random in each sub-network larger than that; smaller ones are exact. */
  sources: number;
  seed: number;
  /** Partners whose betweenness and closeness are estimates: those of the sampled sub-networks. */
  estimatedPartners: number;
  /** Measured for this many sources on generated networks; null for a number never measured. */
  accuracyMeasured: SamplingAccuracy | null;
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
  const run = analysisSteps(graph, options, steps);
  for (let next = run.next(); ;) {
    if (next.done === true) return next.value;
    const wanted = next.value;
    if (wanted.kind === 'collect') throw new Error('no sweep was started elsewhere');
    next = run.next(sweepPrepared(wanted.input, wanted.hooks));
  }
}

/**
 * {@link analyseNetwork} with the shortest-path sweep run by `sweep`, which may share it out among
 * threads (see `parallel-sweep.ts`); the result is the same, bit for bit.
 */
export async function analyseNetworkWith(
  sweep: SweepRunner,
  graph: NetworkGraph,
  options: AnalysisOptions = {},
  steps: readonly AnalysisStep[] = ANALYSIS_STEPS,
): Promise<NetworkAnalysis> {
  const run = analysisSteps(graph, options, steps);
  let pending: Promise<PathSweep> | null = null;
  try {
    for (let next = run.next(); ;) {
      if (next.done === true) return next.value;
      const wanted = next.value;
      if (wanted.kind === 'sweep') {
        const swept = sweep(wanted.input, wanted.hooks);
        if (swept instanceof Promise) pending = swept;
        next = run.next(swept instanceof Promise ? null : swept);
      } else {
        if (pending === null) throw new Error('no sweep was started elsewhere');
        const swept = await pending;
        pending = null;
        next = run.next(swept);
      }
    }
  } catch (error) {
    // A stop seen by the steps computed meanwhile: the helpers' sweep ends on its own.
    pending?.catch(() => undefined);
    throw error;
  }
}

/**
 * What the analysis asks of its driver: a sweep (answered with its sums when made at once, null
 * when it runs elsewhere), and later the sums of a sweep that ran elsewhere.
 */
type Wanted = { kind: 'sweep'; input: SweepInput; hooks: ProgressHooks } | { kind: 'collect' };

/**
 * The analysis as steps that hand out the one long computation, the shortest-path sweep, for the
 * caller to run (here, or shared out among threads) and take its result back.
 */
function* analysisSteps(
  graph: NetworkGraph,
  options: AnalysisOptions,
  steps: readonly AnalysisStep[],
): Generator<Wanted, NetworkAnalysis, PathSweep | null> {
  const n = graph.order;
  checkStop(options);
  const index = indexNetwork(graph);
  const plan = planSources(index, options.paths);
  const units = steps.map((step) => step.units?.(n, plan.sources.length) ?? 1);
  const total = units.reduce((a, b) => a + b, 1);
  let done = 0;
  const announce = (name: string) => {
    checkStop(options);
    options.onProgress?.(done, total, name);
  };

  announce('index');
  options.onEarlyKeyFigures?.(earlyKeyFigures(index));
  done += 1;
  const run: AnalysisRun = {
    graph,
    index,
    options,
    plan,
    paths: null,
    progress: (offset) => {
      const start = done + offset;
      return {
        shouldStop: options.shouldStop,
        onProgress: (stepDone, _stepTotal, name) =>
          options.onProgress?.(start + stepDone, total, name),
      };
    },
  };

  const parts: (AnalysisPart | undefined)[] = steps.map(() => undefined);
  for (const [i, step] of steps.entries()) {
    announce(step.id);
    if (step.paths === true && run.paths === null) {
      const input = prepareSweep(index, sweepFor(plan, true));
      const swept = yield { kind: 'sweep', input, hooks: run.progress(0) };
      if (swept === null) {
        // The sweep runs on other threads: the steps that need no shortest paths are computed
        // meanwhile (the sweep's progress is the bar's), and announced in their turn below.
        for (const [j, later] of steps.entries()) {
          if (j <= i || later.paths === true) continue;
          checkStop(options);
          parts[j] = later.compute(run);
        }
        run.paths = yield { kind: 'collect' };
      } else run.paths = swept;
    }
    parts[i] ??= step.compute(run);
    done += units[i]!;
  }
  options.onProgress?.(total, total, 'done');
  const sampled =
    plan.sampling === null
      ? null
      : {
          sources: plan.sampling.samples,
          seed: plan.sampling.seed,
          estimatedPartners: plan.estimatedPartners,
          accuracyMeasured: accuracyMeasured(plan.sampling.samples),
        };
  return { ...assemble(index.ids, parts), sampled };
}

/** The steps' parts as one analysis; a figure no step computed is a mistake in the registry. */
function assemble(
  ids: readonly string[],
  parts: readonly (AnalysisPart | undefined)[],
): Omit<NetworkAnalysis, 'sampled'> {
  const columns: Record<string, ArrayLike<unknown>> = {};
  const network: Partial<NetworkAnalysis['network']> = {};
  const sectors: Partial<NetworkAnalysis['sectors']> = {};
  for (const part of parts) {
    Object.assign(columns, part?.partners);
    Object.assign(network, part?.network);
    Object.assign(sectors, part?.sectors);
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
  };
}
