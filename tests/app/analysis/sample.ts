import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseNetwork, type NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import { importNetwork } from '../../../src/core/import';
import { buildGraph } from '../../../src/core/model/graph';
import type { Network } from '../../../src/core/model/types';

export const COORDINATOR = 'Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen';

function sampleFile(name: string) {
  return {
    name,
    bytes: new Uint8Array(
      readFileSync(resolve(import.meta.dirname, '../../../data/beispielkreis', name)),
    ),
  };
}

/** The Beispielkreis sample as a coordinator imports it, analysed by the real core. */
export async function analysedSample(): Promise<{ network: Network; analysis: NetworkAnalysis }> {
  const { network } = await importNetwork({
    files: [sampleFile('partner.csv'), sampleFile('kooperationen.csv')],
  });
  return { network, analysis: analyseNetwork(buildGraph(network)) };
}
