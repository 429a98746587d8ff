import { generateNetwork } from '../../src/core/generate/generate-network';
import { networkToCsv } from '../../src/core/generate/write-csv';
import type { Network } from '../../src/core/model/types';

/** The network sizes of the benchmark tables: a town's network, a large district, beyond any district. */
export const SIZES = [45, 1_000, 10_000, 50_000] as const;

/** Few iterations: the machine is shared and the large cases take seconds each. */
export const SHORT = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };
export const ONCE = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

export function iterationsFor(partners: number) {
  return partners >= 10_000 ? ONCE : SHORT;
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
