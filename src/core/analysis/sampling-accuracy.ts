/**
 * How close betweenness and closeness estimated from sampled sources came to the exact values,
 * measured once by `tests/bench/sampling-accuracy.ts` on networks from `generateNetwork` (a giant
 * sub-network with some lone partners and pairs, mean degree 8), several networks and sample seeds
 * for each number of sources, and kept here as measured: the worst run where a bound is stated,
 * the median where a typical value is. They describe networks like these; a real network of
 * another shape may fare better or worse. docs/benchmarks.md lists every run.
 */
export interface SamplingAccuracy {
  /** Sources drawn in each sampled sub-network. */
  sources: number;
  /** The sizes of the generated networks measured, in partners. */
  networkPartners: number[];
  /** Generated networks measured (sizes and seeds). */
  networks: number;
  /** Runs: networks times sample seeds. */
  runs: number;
  /** Where it was measured, for whoever wants to measure again. */
  measuredBy: string;
  /**
   * The lowest Spearman rank correlation between the exact and the estimated betweenness of the
   * 100 partners with the highest exact betweenness, over all runs.
   */
  betweennessTop100RankCorrelationMin: number;
  /** Relative error of those 100 partners' betweenness: the median of the runs' medians. */
  betweennessTop100MedianError: number;
  /** The largest relative error of one of those 100 partners' betweenness in any run. */
  betweennessTop100MaxError: number;
  /** The fewest of the ten highest exact betweenness values also among the ten highest estimates. */
  top10OverlapMin: number;
  /** Relative error of the estimated closeness: the median of the runs' medians. */
  closenessMedianError: number;
  /** The largest 99th percentile of the relative closeness error in any run. */
  closeness99thPercentileError: number;
  /** The largest relative closeness error of any estimated partner in any run. */
  closenessMaxError: number;
}

const MEASURED_BY = 'tests/bench/sampling-accuracy.ts';

/**
 * Measured on 7 December 2026: generated networks of 10,000 (seeds 1–3), 20,000 (seeds 1–3) and
 * 50,000 partners (seeds 1–2), three sample seeds each.
 */
export const SAMPLING_ACCURACY: readonly SamplingAccuracy[] = [
  {
    sources: 2_000,
    networkPartners: [10_000, 20_000, 50_000],
    networks: 8,
    runs: 24,
    measuredBy: MEASURED_BY,
    betweennessTop100RankCorrelationMin: 0.94892,
    betweennessTop100MedianError: 0.03239,
    betweennessTop100MaxError: 0.27544,
    top10OverlapMin: 8,
    closenessMedianError: 0.00166,
    closeness99thPercentileError: 0.00799,
    closenessMaxError: 0.0134,
  },
  {
    sources: 3_000,
    networkPartners: [10_000, 20_000, 50_000],
    networks: 8,
    runs: 24,
    measuredBy: MEASURED_BY,
    betweennessTop100RankCorrelationMin: 0.95894,
    betweennessTop100MedianError: 0.02517,
    betweennessTop100MaxError: 0.18393,
    top10OverlapMin: 9,
    closenessMedianError: 0.00134,
    closeness99thPercentileError: 0.00719,
    closenessMaxError: 0.01123,
  },
  {
    sources: 4_000,
    networkPartners: [10_000, 20_000, 50_000],
    networks: 8,
    runs: 24,
    measuredBy: MEASURED_BY,
    betweennessTop100RankCorrelationMin: 0.96457,
    betweennessTop100MedianError: 0.02202,
    betweennessTop100MaxError: 0.15449,
    top10OverlapMin: 9,
    closenessMedianError: 0.0011,
    closeness99thPercentileError: 0.00563,
    closenessMaxError: 0.00965,
  },
];

/** What was measured for exactly this number of sources; null for a number never measured. */
export function accuracyMeasured(sources: number): SamplingAccuracy | null {
  return SAMPLING_ACCURACY.find((measured) => measured.sources === sources) ?? null;
}
