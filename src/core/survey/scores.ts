import { degreeCentralisation } from '../analysis/degree-centralisation';
import { density } from '../analysis/density';
import { degree } from '../analysis/degree';
import { indexNetwork } from '../analysis/network-index';
import { buildGraph } from '../model/graph';
import type { Instrument, PairRole } from './instrument';
import type { SurveyMerge } from './merge';
import { tieItems, tieValue } from './response-checks';
import type { SurveyRound } from './types';

/**
 * PARTNER's score of one dimension (trust or value): each rating is one partner's answers about
 * another on that dimension's items, averaged over the items it answered; `mean` averages the
 * ratings on the items' scale (1–4), `share` is that as a share of the scale's maximum — PARTNER's
 * "percentage of the maximum" (Varda et al. 2016). `ratings` says on how many it rests.
 */
export interface DimensionScore {
  mean: number;
  share: number;
  ratings: number;
}

export interface PartnerScores {
  id: string;
  /** How the others rate this partner; null where nobody did. */
  trust: DimensionScore | null;
  value: DimensionScore | null;
  /**
   * How many of the others that answered name a tie with this partner: its degree from the
   * others' answers, which holds up under missing answers (Kossinets 2006).
   */
  namedBy: number;
  /** Its ties in the merged network. */
  degree: number;
}

/** Measures whose figure a low response rate makes unreliable. */
export type UnreliableMeasure =
  'degreeCentralisation' | 'betweenness' | 'density' | 'trust' | 'value';

export interface ReliabilityWarning {
  measure: UnreliableMeasure;
  /** `low-response-rate`: below RELIABLE_RESPONSE_RATE; `no-response`: nobody answered. */
  code: 'low-response-rate' | 'no-response';
  responseRate: number | null;
}

export interface SurveyScores {
  partners: PartnerScores[];
  sectors: {
    sector: string;
    partners: number;
    trust: DimensionScore | null;
    value: DimensionScore | null;
  }[];
  network: {
    trust: DimensionScore | null;
    value: DimensionScore | null;
    /** Of the merged network (analysis/density.ts). */
    density: number;
    /** Freeman's, of the merged network; null below three partners. */
    degreeCentralisation: number | null;
  };
  warnings: ReliabilityWarning[];
}

/**
 * Below this response rate the network measures of a survey are shown with a warning. Missing
 * answers bias centralisation and betweenness first and most; degree counted from the others'
 * answers holds up better (Kossinets 2006, Social Networks 28), and the scores rest on fewer
 * ratings. 80 % is our threshold for a warning, not a published cut-off.
 */
export const RELIABLE_RESPONSE_RATE = 0.8;

/** Trust and value as the others rate each partner, per sector and for the network, and the merged network's structure. */
export function scoreSurvey(
  round: SurveyRound,
  instrument: Instrument,
  merge: SurveyMerge,
): SurveyScores {
  const roleItems = (role: PairRole) =>
    instrument.pairItems.filter((item) => item.role === role && round.items.includes(item.id));
  const dimensions = { trust: roleItems('trust'), value: roleItems('value') };
  const maxOf = (scale: string) =>
    Math.max(...instrument.scales[scale]!.options.map((o) => o.code));
  const tie = tieItems(instrument, round);

  type Sum = { mean: number; share: number; ratings: number };
  const sums = new Map<string, { trust: Sum; value: Sum; namedBy: number }>();
  const sumOf = (id: string) => {
    let entry = sums.get(id);
    if (entry === undefined) {
      entry = {
        trust: { mean: 0, share: 0, ratings: 0 },
        value: { mean: 0, share: 0, ratings: 0 },
        namedBy: 0,
      };
      sums.set(id, entry);
    }
    return entry;
  };
  const sectorOf = new Map(round.partners.map((p) => [p.id, p.sector]));
  const bySector = new Map<string, { trust: Sum; value: Sum }>();
  const network = {
    trust: { mean: 0, share: 0, ratings: 0 },
    value: { mean: 0, share: 0, ratings: 0 },
  };
  for (const response of merge.responses) {
    for (const pair of response.pairs) {
      if (pair.partner === response.respondent || !sectorOf.has(pair.partner)) continue;
      const entry = sumOf(pair.partner);
      if (tieValue(pair.values, tie) > 0) entry.namedBy++;
      for (const dimension of ['trust', 'value'] as const) {
        const answered = dimensions[dimension].filter((item) =>
          Object.hasOwn(pair.values, item.id),
        );
        if (answered.length === 0) continue;
        const mean = answered.reduce((s, item) => s + pair.values[item.id]!, 0) / answered.length;
        const share =
          answered.reduce((s, item) => s + pair.values[item.id]! / maxOf(item.scale), 0) /
          answered.length;
        const sector = sectorOf.get(pair.partner)!;
        const sectorSums = bySector.get(sector) ?? {
          trust: { mean: 0, share: 0, ratings: 0 },
          value: { mean: 0, share: 0, ratings: 0 },
        };
        bySector.set(sector, sectorSums);
        for (const sum of [entry[dimension], sectorSums[dimension], network[dimension]]) {
          sum.mean += mean;
          sum.share += share;
          sum.ratings++;
        }
      }
    }
  }

  const index = indexNetwork(buildGraph(merge.network));
  const degrees = degree(index);
  const partners: PartnerScores[] = round.partners.map((p) => {
    const entry = sums.get(p.id);
    const position = index.positions.get(p.id);
    return {
      id: p.id,
      trust: entry === undefined ? null : averaged(entry.trust),
      value: entry === undefined ? null : averaged(entry.value),
      namedBy: entry?.namedBy ?? 0,
      degree: position === undefined ? 0 : degrees[position]!,
    };
  });
  const sectorCounts = new Map<string, number>();
  for (const p of round.partners) sectorCounts.set(p.sector, (sectorCounts.get(p.sector) ?? 0) + 1);
  return {
    partners,
    sectors: [...sectorCounts].map(([sector, count]) => ({
      sector,
      partners: count,
      trust: averaged(bySector.get(sector)?.trust),
      value: averaged(bySector.get(sector)?.value),
    })),
    network: {
      trust: averaged(network.trust),
      value: averaged(network.value),
      density: density(index),
      degreeCentralisation: degreeCentralisation(index),
    },
    warnings: reliabilityWarnings(merge.responseRate, dimensions),
  };
}

function averaged(sum: DimensionScore | undefined): DimensionScore | null {
  if (sum === undefined || sum.ratings === 0) return null;
  return { mean: sum.mean / sum.ratings, share: sum.share / sum.ratings, ratings: sum.ratings };
}

/**
 * The warnings a response rate calls for: centralisation and betweenness first (Kossinets 2006),
 * then density, whose missing ties are those no answering partner names, and the scores, which
 * rest on fewer ratings.
 */
function reliabilityWarnings(
  responseRate: number | null,
  dimensions: Record<'trust' | 'value', readonly unknown[]>,
): ReliabilityWarning[] {
  if (responseRate !== null && responseRate >= RELIABLE_RESPONSE_RATE) return [];
  const code = responseRate === null || responseRate === 0 ? 'no-response' : 'low-response-rate';
  const measures: UnreliableMeasure[] = ['degreeCentralisation', 'betweenness', 'density'];
  if (dimensions.trust.length > 0) measures.push('trust');
  if (dimensions.value.length > 0) measures.push('value');
  return measures.map((measure) => ({ measure, code, responseRate }));
}
