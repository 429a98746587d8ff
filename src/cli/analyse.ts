import {
  describeCatalogueProblem,
  describeProblem,
  describeUnusable,
  type CliLanguage,
} from './messages';
import { loadCatalogue } from './catalogue';
import { allProblems, importFolder, importFromOptions } from './inputs';
import { buildFullReport, findSourceDoubles, type FullReport } from '../core/report/full-report';
import { mergeSources, type ReportSource } from '../core/report/merge-sources';
import { indexCatalogue } from '../core/catalogue/catalogue-index';
import type { SharedPartner } from '../core/doubles/across-networks';
import type { ImportResult } from '../core/import';
import type { PathSampling } from '../core/analysis/path-sources';
import { analyseNetworkWith } from '../core/analysis/analyse-network';
import { buildGraph } from '../core/model/graph';
import { threadedSweep } from './sweep-threads';
import type { Network } from '../core/model/types';
import type { CliIo } from './io';
import { unusableFiles, type UnusableFile } from './unusable';

/** What `analyse` and `report` read: the tables, or several network folders, and the checks' settings. */
export interface AnalyseInput {
  files: Readonly<Record<string, string | undefined>>;
  networks: readonly string[];
  encoding: string | undefined;
  catalogue: string | undefined;
  committeeOverlap: number | undefined;
  /** Betweenness and closeness exact, sampled, or as the core's policy decides ('auto'). */
  paths: PathSampling;
  /** Threads the shortest-path sweep may use (1: no other thread). */
  threads: number;
  language: CliLanguage;
}

export type AnalyseOutcome =
  { code: 0; report: FullReport; network: Network; networkNames: string[] } | { code: 1 };

/**
 * Reads the input, checks the catalogue and builds the full report. Problems go to standard error
 * as "file:line: severity code: message"; an unusable catalogue or input ends with code 1.
 */
export async function analyseInput(input: AnalyseInput, io: CliIo): Promise<AnalyseOutcome> {
  const { catalogue, problems: catalogueProblems } = await loadCatalogue(input.catalogue);
  for (const p of catalogueProblems) {
    const where = p.line !== null ? `:${p.line}` : p.path === '' ? '' : ` ${p.path}`;
    io.stderr(
      `${input.catalogue ?? 'catalogue'}${where}: ${p.severity} ${p.code}: ${describeCatalogueProblem(p, input.language)}`,
    );
  }
  if (catalogue === null) return { code: 1 };

  const read = await readSources(input, indexCatalogue(catalogue));
  if (read === null) return { code: 1 };
  // A file that cannot be used ends the run before the analysis, which would describe another
  // network than the one given (and takes minutes on a list cut at the row limit).
  if (read.unusable.length > 0 || read.results.some((r) => r.fatal)) {
    for (const p of allProblems(read.results)) {
      const where = `${p.file}${p.line === null ? '' : `:${p.line}`}`;
      io.stderr(`${where}: ${p.severity} ${p.code}: ${describeProblem(p, input.language)}`);
    }
    for (const file of read.unusable) io.stderr(describeUnusable(file, input.language));
    return { code: 1 };
  }
  // Analysed first, apart from the report: its shortest paths may be shared out among threads.
  // Back from the call, every other measure is computed and the threads sweep; meanwhile this
  // thread looks for the doubled structures, which need no analysis.
  const graph = buildGraph(read.source.network);
  const checks = {
    catalogue,
    ...(input.committeeOverlap === undefined ? {} : { committeeOverlap: input.committeeOverlap }),
  };
  const analysing = analyseNetworkWith(threadedSweep(input.threads), graph, {
    paths: input.paths,
  });
  const doubles = meanwhile(analysing, () => findSourceDoubles(read.source, checks));
  const analysed = await analysing;
  const report = buildFullReport(
    read.source,
    allProblems(read.results),
    (p) => describeProblem(p, input.language),
    {
      ...checks,
      analysed,
      graph,
      doubles,
      ...(read.shared === undefined ? {} : { shared: read.shared }),
    },
  );
  for (const p of report.problems) {
    io.stderr(
      `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.severity} ${p.code}: ${p.message}`,
    );
  }
  return { code: 0, report, network: read.source.network, networkNames: read.names };
}

/** Work done while `running` runs; if it fails, what `running` ends with is no longer waited for. */
function meanwhile<T>(running: Promise<unknown>, work: () => T): T {
  try {
    return work();
  } catch (error) {
    running.catch(() => undefined);
    throw error;
  }
}

interface Sources {
  source: ReportSource;
  results: ImportResult[];
  names: string[];
  shared?: SharedPartner[];
  /** Files given that cannot be used (see unusableFiles). */
  unusable: UnusableFile[];
}

/** One network from the options, or one network per folder, merged when there are several. */
async function readSources(
  input: AnalyseInput,
  catalogue: ReturnType<typeof indexCatalogue>,
): Promise<Sources | null> {
  if (input.networks.length === 0) {
    const read = await importFromOptions(input.files, input.encoding, catalogue.catalogue.sectors);
    if (read === null) return null;
    const { result, named } = read;
    return { source: result, results: [result], names: [], unusable: unusableFiles(result, named) };
  }
  const folders = [];
  for (const dir of input.networks)
    folders.push(await importFolder(dir, input.encoding, catalogue.catalogue.sectors));
  const results = folders.map((f) => f.result);
  const names = folders.map((f) => f.name);
  const unusable = results.flatMap((result) => unusableFiles(result, new Map()));
  if (folders.length === 1) return { source: results[0]!, results, names, unusable };
  const { source, shared } = mergeSources(
    folders.map(({ name, result }) => ({
      name,
      network: result.network,
      offers: result.offers,
      memberships: result.memberships,
    })),
    { catalogue },
  );
  return { source, results, names, shared, unusable };
}
