import { generateNetwork } from '../../src/core/generate/generate-network';
import { networkToCsv } from '../../src/core/generate/write-csv';
import type { Network } from '../../src/core/model/types';

/** The network sizes of the benchmark tables: a town's network, a large district, beyond any district. */
export const SIZES = [45, 1_000, 10_000, 50_000] as const;

/** A town's network takes milliseconds: as many runs as fit in a quarter second, for a steady mean. */
export const QUARTER_SECOND = { time: 250, warmupIterations: 2, warmupTime: 0 };
/** Few iterations: the machine is shared and the large cases take seconds each. */
export const SHORT = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };
/** One run without warm-up for the sizes where a single run takes seconds. */
export const ONCE = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

export function iterationsFor(partners: number) {
  if (partners >= 10_000) return ONCE;
  return partners >= 1_000 ? SHORT : QUARTER_SECOND;
}

export function generated(partners: number): Network {
  return generateNetwork({ partners, seed: 1 });
}

/** The two CSV files of a generated network as bytes, UTF-8 with byte order mark as Excel writes them. */
export function generatedFiles(partners: number): { name: string; bytes: Uint8Array }[] {
  const csv = networkToCsv(generated(partners));
  const encoder = new TextEncoder();
  return [
    { name: 'partner.csv', bytes: encoder.encode('\uFEFF' + csv.partners) },
    { name: 'kooperationen.csv', bytes: encoder.encode('\uFEFF' + csv.cooperations) },
  ];
}

/** Heap in use, in MB: a rough figure (no forced garbage collection), printed beside the timings. */
export function heapMegabytes(): string {
  return (process.memoryUsage().heapUsed / 1e6).toFixed(0);
}
