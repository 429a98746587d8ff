import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { constraint } from '../../../src/core/analysis/constraint';
import { effectiveSize } from '../../../src/core/analysis/effective-size';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { buildGraph } from '../../../src/core/model/graph';
import type { Network } from '../../../src/core/model/types';
import {
  dhhsNetwork,
  gephiNetwork,
  networkOf,
  referenceJson,
  referenceTies,
  sampleNetwork,
  type ReferenceTie,
} from './reference-fixtures';

type Values = Record<string, number | null>;

interface Case {
  name: string;
  description: string;
  partners: string[];
  ties: ReferenceTie[];
  constraint: Values;
  effectiveSize: Values;
  unweightedConstraint: Values;
  unweightedEffectiveSize: Values;
  matrixEffectiveSizeMaxDeviation: number;
  equalWeights: boolean;
}

/**
 * networkx's Burt measures on tie strength, written once by
 * tests/fixtures/reference/structural-holes.py with the calls in the file's "source".
 */
const REFERENCE = referenceJson<{ source: Record<string, string>; networks: Case[] }>(
  'structural-holes.networkx.json',
);
const byName = (name: string) => REFERENCE.networks.find((c) => c.name === name)!;

const TOLERANCE = 1e-9;

/** The networks read from their own files: the test first checks they are the ones networkx read. */
const FROM_FILES: Record<string, () => Network | Promise<Network>> = {
  sample: sampleNetwork,
  gephi: gephiNetwork,
  dhhs: dhhsNetwork,
};

async function networkFor(reference: Case): Promise<Network> {
  const read = FROM_FILES[reference.name];
  if (read === undefined) return networkOf(reference.partners, reference.ties);
  const network = await read();
  expect(referenceTies(network)).toEqual(reference.ties);
  return network;
}

function expectClose(
  name: string,
  actual: readonly (number | null)[],
  ids: readonly string[],
  expected: Values,
) {
  ids.forEach((id, i) => {
    const value = expected[id];
    if (value === null) expect(actual[i], `${name} ${id}`).toBeNull();
    else expect(Math.abs(actual[i]! - value!), `${name} ${id}`).toBeLessThan(TOLERANCE);
  });
}

describe("Burt's constraint and effective size on tie strength, against networkx", () => {
  it.each(REFERENCE.networks.map((c) => [c.name, c] as const))(
    '%s: within 1e-9 of networkx with weight="weight"',
    async (_name, reference) => {
      const index = indexNetwork(buildGraph(await networkFor(reference)));
      expect([...index.ids]).toEqual(reference.partners);
      expectClose('constraint', constraint(index), index.ids, reference.constraint);
      expectClose('effective size', effectiveSize(index), index.ids, reference.effectiveSize);
    },
  );

  it('gives the unweighted values where every tie has the same strength', () => {
    const equal = REFERENCE.networks.filter((c) => c.equalWeights);
    expect(equal.map((c) => c.name)).toEqual(['borgattiEqual', 'florentineEqual', 'completeEqual']);
    for (const reference of equal) {
      const index = indexNetwork(buildGraph(networkOf(reference.partners, reference.ties)));
      const c = constraint(index);
      const e = effectiveSize(index);
      index.ids.forEach((id, i) => {
        expect(Math.abs(c[i]! - reference.unweightedConstraint[id]!)).toBeLessThan(1e-12);
        // Computed as degree − 2t/degree once the weights cancel: Borgatti's value to the digit.
        expect(e[i]).toBe(reference.unweightedEffectiveSize[id]);
      });
    }
  });

  it('gives every partner of a complete network of equal ties an effective size of 1', () => {
    const reference = byName('completeEqual');
    const index = indexNetwork(buildGraph(networkOf(reference.partners, reference.ties)));
    expect(effectiveSize(index)).toEqual([1, 1, 1, 1, 1]);
  });

  it('moves the sample network noticeably from the unweighted values, in the analysis too', async () => {
    const reference = byName('sample');
    const result = analyseNetwork(buildGraph(await sampleNetwork()));
    const tied = result.partners.filter((p) => p.effectiveSize !== null);
    for (const p of tied) {
      expect(Math.abs(p.constraint! - reference.constraint[p.id]!)).toBeLessThan(TOLERANCE);
      expect(Math.abs(p.effectiveSize! - reference.effectiveSize[p.id]!)).toBeLessThan(TOLERANCE);
    }
    const moved = tied.filter(
      (p) => Math.abs(p.effectiveSize! - reference.unweightedEffectiveSize[p.id]!) > 0.1,
    );
    expect(moved.length).toBeGreaterThan(5);
  });

  it("follows Burt's formula where networkx's default matrix formula for effective size does not", () => {
    // networkx 3.6 without nodes= divides by the wrong partner's strongest tie (networkx #8906).
    expect(byName('gephi').matrixEffectiveSizeMaxDeviation).toBeGreaterThan(0.1);
    expect(byName('borgattiEqual').matrixEffectiveSizeMaxDeviation).toBeLessThan(1e-12);
  });
});
