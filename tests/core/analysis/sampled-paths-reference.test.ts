import { describe, expect, it } from 'vitest';
import { betweennessFromSweep, sweepFor } from '../../../src/core/analysis/betweenness';
import { closenessFromSweep } from '../../../src/core/analysis/closeness';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { planFromBlocks } from '../../../src/core/analysis/path-sources';
import { sweepShortestPaths } from '../../../src/core/analysis/path-sweep';
import { buildGraph } from '../../../src/core/model/graph';
import type { Network } from '../../../src/core/model/types';
import {
  dhhsNetwork,
  referenceJson,
  referenceTies,
  sampleNetwork,
  type ReferenceTie,
} from './reference-fixtures';

interface Case {
  name: string;
  partners: string[];
  ties: ReferenceTie[];
  blocks: Record<string, number>;
  weights: Record<string, number>;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
}

/**
 * Betweenness and closeness estimated from sources drawn in blocks, computed pair by pair with
 * networkx's shortest-path counts and distances by tests/fixtures/reference/sampled-paths.py.
 */
const REFERENCE = referenceJson<{ networks: Case[] }>('sampled-paths.networkx.json');

const FROM_FILES: Record<string, () => Network | Promise<Network>> = {
  sample: sampleNetwork,
  dhhs: dhhsNetwork,
};

describe('estimates from drawn sources, against networkx', () => {
  it.each(REFERENCE.networks.map((c) => [c.name, c] as const))(
    '%s: within 1e-12 of the estimator on networkx path counts',
    async (name, reference) => {
      const network = await FROM_FILES[name]!();
      expect(referenceTies(network)).toEqual(reference.ties);
      const index = indexNetwork(buildGraph(network));
      expect([...index.ids]).toEqual(reference.partners);
      const weights = Float64Array.from(index.ids, (id) => reference.weights[id] ?? 0);
      const blocks = Int32Array.from(index.ids, (id) => reference.blocks[id]!);
      const plan = planFromBlocks(index, weights, blocks, null);
      expect(plan.sources.length).toBeLessThan(index.ids.length / 3);
      const sweep = sweepShortestPaths(index, sweepFor(plan, true));
      const closeness = closenessFromSweep(sweep, plan);
      const betweenness = betweennessFromSweep(sweep, plan);
      index.ids.forEach((id, i) => {
        expect(Math.abs(betweenness[i]! - reference.betweenness[id]!), id).toBeLessThan(1e-12);
        expect(Math.abs(closeness[i]! - reference.closeness[id]!), id).toBeLessThan(1e-12);
      });
    },
  );
});
