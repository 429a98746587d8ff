import type { NetworkGraph } from '../model/graph';
import type { AnalysisOptions, NetworkAnalysis, PartnerAnalysis } from './analyse-network';
import { sectorAssortativity } from './assortativity';
import { betweennessFromSweep, sweepFor } from './betweenness';
import { blockDensity } from './block-density';
import { brokerage } from './brokerage';
import { closenessFromSweep } from './closeness';
import { communities, DEFAULT_COMMUNITY_SEED } from './communities';
import { components, isolates } from './components';
import { constraint } from './constraint';
import { coreNumber } from './core-number';
import { cutPoints } from './cut-points';
import { degree } from './degree';
import { density } from './density';
import { effectiveSize } from './effective-size';
import { eiIndex } from './ei-index';
import { eigenvector } from './eigenvector';
import type { NetworkIndex } from './network-index';
import { pagerank } from './pagerank';
import type { SourcePlan } from './path-sources';
import { sweepShortestPaths, type PathSweep } from './path-sweep';
import type { ProgressHooks } from './progress';
import { strength } from './strength';

/** Whether intensity enters a measure, and how: the UI says so beside each measure. */
export type Weighting = 'none' | 'intensity-as-strength';

/** The partner measures: every figure of a partner but its id and its component number. */
export type PartnerMeasureId = Exclude<keyof PartnerAnalysis, 'id' | 'component'>;

interface MeasureInfo {
  weighting: Weighting;
  /**
   * Path measures count steps from partner to partner: a close cooperation is no shorter path, so
   * intensity is never read as a length.
   */
  countsSteps: boolean;
  /** Decimals shown: counts are whole numbers, shares and indices get three. */
  digits: number;
  /** Key of the measure's texts (label, help, for partner measures also term) in the analysis texts. */
  explanationKey: string;
}

/** A measure with a value for every partner, found under its id in {@link PartnerAnalysis}. */
export interface PartnerMeasure extends MeasureInfo {
  scope: 'partner';
  id: PartnerMeasureId;
  /** Whether the map can size its dots by it: only where more means more. */
  sizesDot: boolean;
}

/** A figure of the whole network. */
export interface NetworkFigure extends MeasureInfo {
  scope: 'network';
  id: string;
  /** The figure as shown: a list of partners or ties counts its members. */
  value(analysis: NetworkAnalysis): number | null;
}

export type Measure = PartnerMeasure | NetworkFigure;

/** What one run of the analysis gives every step. */
export interface AnalysisRun {
  graph: NetworkGraph;
  index: NetworkIndex;
  options: AnalysisOptions;
  /** Sources of the shortest-path sweep: every partner when exact, else a seeded sample. */
  plan: SourcePlan;
  /**
   * The shortest-path sweep of the plan's sources (`sweepFor(plan, true)`), made before a step
   * that asks for it ({@link AnalysisStep.paths}) is computed; null before.
   */
  paths: PathSweep | null;
  /**
   * Progress hooks for a step that reports its own progress (a sweep): work units counted from
   * `offset` units after the step's start.
   */
  progress(offset: number): ProgressHooks;
}

/** A partner figure's column: its value at every partner position. */
type PartnerColumns = {
  [K in Exclude<keyof PartnerAnalysis, 'id'>]: ArrayLike<PartnerAnalysis[K]>;
};

/** What a step adds to the analysis; `analyseNetwork` puts the parts of all steps together. */
export interface AnalysisPart {
  partners?: Partial<PartnerColumns>;
  network?: Partial<NetworkAnalysis['network']>;
  sectors?: Partial<NetworkAnalysis['sectors']>;
}

/**
 * One pass over the network: the measures it computes (several where they share the work, as
 * betweenness and closeness share the shortest paths) and how. Its id names it in progress reports.
 */
export interface AnalysisStep {
  id: string;
  measures: readonly Measure[];
  /** Whether the step reads the shortest-path sweep (`AnalysisRun.paths`). */
  paths?: boolean;
  /** Work units of the step: one, or one per source for a shortest-path sweep. */
  units?(partners: number, sources: number): number;
  compute(run: AnalysisRun): AnalysisPart;
}

interface Described {
  weighting?: Weighting;
  countsSteps?: boolean;
  digits: number;
}

/** A measure's description with the defaults: no intensity, no steps counted. */
function info(area: 'measures' | 'figures', id: string, described: Described): MeasureInfo {
  return {
    weighting: described.weighting ?? 'none',
    countsSteps: described.countsSteps ?? false,
    digits: described.digits,
    explanationKey: `${area}.${id}`,
  };
}

function partner(
  id: PartnerMeasureId,
  described: Described & { sizesDot?: boolean },
): PartnerMeasure {
  return {
    scope: 'partner',
    id,
    ...info('measures', id, described),
    sizesDot: described.sizesDot ?? true,
  };
}

function figure(
  id: string,
  described: Described,
  value: (analysis: NetworkAnalysis) => number | null,
): NetworkFigure {
  return { scope: 'network', id, ...info('figures', id, described), value };
}

const yesNo = (flags: Uint8Array) => Array.from(flags, (flag) => flag === 1);

/**
 * Every measure as data, in the order the partner table shows its columns; `analyseNetwork` runs
 * these steps in this order, one work unit each but the shortest-path sweep. The texts of a measure
 * are in the app's analysis texts under its `explanationKey`.
 */
export const ANALYSIS_STEPS: readonly AnalysisStep[] = [
  {
    id: 'degree',
    measures: [
      partner('degree', { digits: 0 }),
      // Whole for intensities; ties' own weights (Gephi, Kumu) may add up to 15.75.
      partner('strength', { weighting: 'intensity-as-strength', digits: 2 }),
      figure('partners', { digits: 0 }, (analysis) => analysis.network.partners),
      figure('cooperations', { digits: 0 }, (analysis) => analysis.network.cooperations),
      figure('density', { digits: 3 }, (analysis) => analysis.network.density),
    ],
    compute: ({ index }) => ({
      partners: { degree: degree(index), strength: strength(index) },
      network: {
        partners: index.ids.length,
        cooperations: index.cooperationCount,
        density: density(index),
      },
    }),
  },
  {
    // Betweenness and closeness share one sweep: the distances from each source are there anyway.
    // Sampled, each partner's distances to the sources give its estimated closeness.
    id: 'shortest-paths',
    measures: [
      partner('betweenness', { countsSteps: true, digits: 3 }),
      partner('closeness', { countsSteps: true, digits: 3 }),
    ],
    paths: true,
    units: (_partners, sources) => sources,
    compute: ({ index, plan, paths: swept, progress }) => {
      const paths = swept ?? sweepShortestPaths(index, sweepFor(plan, true), progress(0));
      return {
        partners: {
          closeness: closenessFromSweep(paths, plan),
          betweenness: betweennessFromSweep(paths, plan),
        },
      };
    },
  },
  {
    id: 'eigenvector',
    measures: [partner('eigenvector', { digits: 3 })],
    compute: ({ index }) => {
      const { scores, converged, byComponent } = eigenvector(index);
      return {
        partners: { eigenvector: scores },
        network: { eigenvectorConverged: converged, eigenvectorByComponent: byComponent },
      };
    },
  },
  {
    id: 'pagerank',
    measures: [partner('pagerank', { weighting: 'intensity-as-strength', digits: 3 })],
    compute: ({ index }) => {
      const { scores, converged } = pagerank(index);
      return { partners: { pagerank: scores }, network: { pagerankConverged: converged } };
    },
  },
  {
    // Burt (1992) defines constraint and effective size on tie strength: both read intensity (or
    // a tie's own weight); with equal weights they are the unweighted measures.
    id: 'structural-holes',
    measures: [
      partner('constraint', { weighting: 'intensity-as-strength', digits: 3 }),
      partner('effectiveSize', { weighting: 'intensity-as-strength', digits: 3 }),
    ],
    compute: ({ index }) => ({
      partners: { constraint: constraint(index), effectiveSize: effectiveSize(index) },
    }),
  },
  {
    id: 'core-number',
    measures: [partner('coreNumber', { digits: 0 })],
    compute: ({ index }) => ({ partners: { coreNumber: coreNumber(index) } }),
  },
  {
    id: 'cut-points',
    measures: [
      partner('articulationPoint', { digits: 0 }),
      figure('articulationPoints', { digits: 0 }, (a) => a.network.articulationPoints.length),
      figure('bridges', { digits: 0 }, (analysis) => analysis.network.bridges.length),
    ],
    compute: ({ index }) => {
      const cuts = cutPoints(index);
      return {
        partners: { articulationPoint: yesNo(cuts.articulationPoints) },
        network: {
          articulationPoints: index.ids.filter((_id, i) => cuts.articulationPoints[i] === 1),
          bridges: cuts.bridges.map(([a, b]): [string, string] => [index.ids[a]!, index.ids[b]!]),
        },
      };
    },
  },
  {
    // Louvain communities and their modularity are weighted by intensity: closer ties hold a
    // group together (see communities.ts).
    id: 'communities',
    measures: [
      partner('community', { weighting: 'intensity-as-strength', digits: 0, sizesDot: false }),
      figure(
        'communities',
        { weighting: 'intensity-as-strength', digits: 0 },
        (analysis) => analysis.sectors.communities.count,
      ),
      figure(
        'modularity',
        { weighting: 'intensity-as-strength', digits: 3 },
        (analysis) => analysis.sectors.communities.modularity,
      ),
      figure(
        'nmiWithSectors',
        { weighting: 'intensity-as-strength', digits: 3 },
        (analysis) => analysis.sectors.communities.nmiWithSectors,
      ),
    ],
    compute: ({ graph, index, options }) => {
      const found = communities(graph, index, options.communitySeed ?? DEFAULT_COMMUNITY_SEED);
      return {
        partners: { community: found.membership },
        sectors: {
          communities: {
            count: found.count,
            modularity: found.modularity,
            nmiWithSectors: found.nmiWithSectors,
          },
        },
      };
    },
  },
  {
    id: 'sector-mixing',
    measures: [
      // From −1 to +1 with 0 in the middle: no order of size to draw.
      partner('ei', { digits: 3, sizesDot: false }),
      figure('eiIndex', { digits: 3 }, (analysis) => analysis.sectors.eiIndex),
      figure('assortativity', { digits: 3 }, (analysis) => analysis.sectors.assortativity),
    ],
    compute: ({ index }) => {
      const ei = eiIndex(index);
      return {
        partners: { ei: ei.byPartner },
        sectors: {
          eiIndex: ei.network,
          eiBySector: ei.bySector,
          assortativity: sectorAssortativity(index),
          blockDensity: blockDensity(index),
        },
      };
    },
  },
  {
    id: 'components',
    measures: [
      figure('components', { digits: 0 }, (analysis) => analysis.network.components),
      figure('isolates', { digits: 0 }, (analysis) => analysis.network.isolates.length),
    ],
    compute: ({ index }) => {
      const parts = components(index);
      return {
        partners: { component: parts.membership },
        network: {
          components: parts.count,
          isolates: isolates(index).map((i) => index.ids[i]!),
        },
      };
    },
  },
  {
    id: 'brokerage',
    measures: [partner('brokerage', { digits: 0 })],
    compute: ({ index }) => ({ partners: { brokerage: brokerage(index) } }),
  },
];

/** The measures of some steps, in their order. */
export function measuresOf(steps: readonly AnalysisStep[]): Measure[] {
  return steps.flatMap((step) => step.measures);
}

/** Every registered measure, partner measures in the order of the partner table's columns. */
export const MEASURES: readonly Measure[] = measuresOf(ANALYSIS_STEPS);

export function findMeasure(
  id: string,
  measures: readonly Measure[] = MEASURES,
): Measure | undefined {
  return measures.find((measure) => measure.id === id);
}
