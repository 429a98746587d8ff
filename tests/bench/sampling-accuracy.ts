import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { betweennessFromSweep, sweepFor } from '../../src/core/analysis/betweenness';
import { closenessFromSweep } from '../../src/core/analysis/closeness';
import { indexNetwork, type NetworkIndex } from '../../src/core/analysis/network-index';
import { planSources, type PathSampling } from '../../src/core/analysis/path-sources';
import { sweepShortestPaths } from '../../src/core/analysis/path-sweep';
import { generateNetwork } from '../../src/core/generate/generate-network';
import { buildGraph } from '../../src/core/model/graph';

/**
 * How close the sampled betweenness and closeness come to the exact values on generated networks:
 * the figures behind `SAMPLING_ACCURACY` (src/core/analysis/sampling-accuracy.ts) and the table in
 * docs/benchmarks.md. One JSON line per network, number of sources and sample seed.
 *
 * npx tsx tests/bench/sampling-accuracy.ts --partners 10000,20000,50000 --networks 1,2
 *   --sources 2000,3000,4000 --seeds 1,2,3 [--cache DIR]
 *
 * The exact values take minutes at 50,000 partners (6 min on a busy 2-core machine); with `--cache`
 * they are kept in DIR and read from there the next time. `--summarise FILE` reads such lines and
 * prints, for each number of sources, the worst of all runs as `SAMPLING_ACCURACY` holds it.
 */
const { values } = parseArgs({
  options: {
    partners: { type: 'string', default: '10000' },
    networks: { type: 'string', default: '1' },
    sources: { type: 'string', default: '2000' },
    seeds: { type: 'string', default: '1' },
    cache: { type: 'string' },
    summarise: { type: 'string' },
  },
});
const numbers = (text: string) => text.split(',').map(Number);

/** The partners whose betweenness ranks highest in the exact values. */
const TOP = 100;

if (values.summarise !== undefined) summarise(values.summarise);
else measureAll();

function measureAll() {
  for (const partners of numbers(values.partners))
    for (const network of numbers(values.networks)) {
      const index = indexNetwork(buildGraph(generateNetwork({ partners, seed: network })));
      const exact = exactValues(index, `${partners}-${network}`);
      const ranked = Array.from(exact.betweenness.keys()).sort(
        (a, b) => exact.betweenness[b]! - exact.betweenness[a]! || a - b,
      );
      const top = ranked.slice(0, TOP);
      for (const samples of numbers(values.sources))
        for (const seed of numbers(values.seeds)) {
          const started = performance.now();
          const estimate = measures(index, { samples, seed });
          const milliseconds = Math.round(performance.now() - started);
          const byEstimate = Array.from(estimate.betweenness.keys()).sort(
            (a, b) => estimate.betweenness[b]! - estimate.betweenness[a]! || a - b,
          );
          const errors = closenessErrors(exact.closeness, estimate.closeness, estimate.estimated);
          const topErrors = top
            .map(
              (i) =>
                Math.abs(estimate.betweenness[i]! - exact.betweenness[i]!) / exact.betweenness[i]!,
            )
            .sort((a, b) => a - b);
          console.log(
            JSON.stringify({
              partners,
              network,
              sources: samples,
              seed,
              milliseconds,
              betweennessTop100RankCorrelation: round(
                spearman(
                  top.map((i) => exact.betweenness[i]!),
                  top.map((i) => estimate.betweenness[i]!),
                ),
              ),
              betweennessTop100MedianError: round(quantile(topErrors, 0.5)),
              betweennessTop100MaxError: round(topErrors.at(-1) ?? 0),
              top10Overlap: overlap(ranked, byEstimate, 10),
              top100Overlap: overlap(ranked, byEstimate, TOP),
              closenessMedianError: round(quantile(errors, 0.5)),
              closeness99thPercentileError: round(quantile(errors, 0.99)),
              closenessMaxError: round(errors.at(-1) ?? 0),
              closenessWithin1Percent: round(
                errors.filter((e) => e <= 0.01).length / errors.length,
              ),
            }),
          );
        }
    }
}

interface Run {
  partners: number;
  network: number;
  sources: number;
  betweennessTop100RankCorrelation: number;
  betweennessTop100MedianError: number;
  betweennessTop100MaxError: number;
  top10Overlap: number;
  closenessMedianError: number;
  closeness99thPercentileError: number;
  closenessMaxError: number;
}

/** The worst of all runs for each number of sources (the median only for typical errors). */
function summarise(file: string) {
  const runs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{"partners"'))
    .map((line) => JSON.parse(line) as Run);
  const counts = [...new Set(runs.map((run) => run.sources))].sort((a, b) => a - b);
  const summary = counts.map((sources) => {
    const of = runs.filter((run) => run.sources === sources);
    const all = (key: keyof Run) => of.map((run) => run[key]).sort((a, b) => a - b);
    return {
      sources,
      networkPartners: [...new Set(all('partners'))],
      networks: new Set(of.map((run) => `${run.partners}-${run.network}`)).size,
      runs: of.length,
      betweennessTop100RankCorrelationMin: all('betweennessTop100RankCorrelation')[0],
      betweennessTop100MedianError: quantile(all('betweennessTop100MedianError'), 0.5),
      betweennessTop100MaxError: all('betweennessTop100MaxError').at(-1),
      top10OverlapMin: all('top10Overlap')[0],
      closenessMedianError: quantile(all('closenessMedianError'), 0.5),
      closeness99thPercentileError: all('closeness99thPercentileError').at(-1),
      closenessMaxError: all('closenessMaxError').at(-1),
    };
  });
  console.log(JSON.stringify(summary, null, 2));
}

function measures(index: NetworkIndex, sampling: PathSampling) {
  const plan = planSources(index, sampling);
  const sweep = sweepShortestPaths(index, sweepFor(plan, true));
  return {
    closeness: closenessFromSweep(sweep, plan),
    betweenness: betweennessFromSweep(sweep, plan),
    /** Partners whose values are estimates: not sources themselves. */
    estimated: plan.estimate?.weights.map((weight) => (weight > 0 ? 0 : 1)) ?? new Float64Array(0),
  };
}

function exactValues(index: NetworkIndex, name: string) {
  const n = index.ids.length;
  const file = values.cache === undefined ? undefined : join(values.cache, `exact-${name}.bin`);
  if (file !== undefined && existsSync(file)) {
    const bytes = readFileSync(file);
    const both = new Float64Array(bytes.buffer, bytes.byteOffset, 2 * n);
    return { betweenness: both.slice(0, n), closeness: both.slice(n) };
  }
  const started = performance.now();
  const { betweenness, closeness } = measures(index, 'exact');
  console.log(
    JSON.stringify({ network: name, exactMilliseconds: Math.round(performance.now() - started) }),
  );
  if (file !== undefined) {
    mkdirSync(values.cache!, { recursive: true });
    const both = new Float64Array(2 * n);
    both.set(betweenness);
    both.set(closeness, n);
    writeFileSync(file, both);
  }
  return { betweenness, closeness };
}

/** Relative errors of the estimated closeness, ascending, over the estimated partners with ties. */
function closenessErrors(exact: Float64Array, estimate: Float64Array, estimated: Float64Array) {
  const errors: number[] = [];
  exact.forEach((value, i) => {
    if (estimated[i] === 1 && value > 0) errors.push(Math.abs(estimate[i]! - value) / value);
  });
  return errors.sort((a, b) => a - b);
}

/** Spearman's rank correlation: Pearson's correlation of the ranks, ties sharing their mean rank. */
function spearman(a: number[], b: number[]): number {
  return pearson(ranks(a), ranks(b));
}

function ranks(values: number[]): number[] {
  const order = values.map((value, i) => [value, i] as const).sort((x, y) => x[0] - y[0]);
  const result = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j += 1;
    for (let t = i; t <= j; t += 1) result[order[t]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return result;
}

function pearson(a: number[], b: number[]): number {
  const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i]! - mb);
    aa += (x - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

function overlap(exact: number[], estimate: number[], count: number): number {
  const top = new Set(exact.slice(0, count));
  return estimate.slice(0, count).filter((i) => top.has(i)).length;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function round(value: number): number {
  return Number(value.toFixed(5));
}
