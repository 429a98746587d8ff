import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { eigenvector } from '../../../src/core/analysis/eigenvector';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { buildGraph } from '../../../src/core/model/graph';
import {
  dhhsNetwork,
  networkOf,
  referenceJson,
  referenceTies,
  sampleNetwork,
  type ReferenceTie,
} from './reference-fixtures';

interface Case {
  name: string;
  description: string;
  partners: string[];
  ties: ReferenceTie[];
  lambda1: number | null;
  lambda2: number | null;
  components: number;
  networkxRaises?: boolean;
  networkxMaxDeviation?: number;
  eigenvector: Record<string, number>;
}

/**
 * numpy's exact leading eigenvectors, written once by tests/fixtures/reference/eigenvector.py with
 * the calls in the file's "source"; networkx's power iteration and igraph recorded beside.
 */
const REFERENCE = referenceJson<{ source: Record<string, string>; networks: Case[] }>(
  'eigenvector.numpy.json',
);
const byName = (name: string) => REFERENCE.networks.find((c) => c.name === name)!;

/** Agreement with numpy's vector asked for by issue #23; the measured deviation is far below. */
const TOLERANCE = 1e-8;

function deviation(reference: Case, scores: readonly (number | null)[], ids: readonly string[]) {
  let largest = 0;
  ids.forEach((id, i) => {
    largest = Math.max(largest, Math.abs(scores[i]! - reference.eigenvector[id]!));
  });
  return largest;
}

describe('eigenvector centrality against numpy', () => {
  it.each(REFERENCE.networks.map((c) => [c.name, c] as const))(
    '%s: every partner within 1e-8 of numpy',
    (_name, reference) => {
      const index = indexNetwork(buildGraph(networkOf(reference.partners, reference.ties)));
      const result = eigenvector(index);
      expect(result.converged).toBe(true);
      expect(result.scores.every((score) => score !== null && score >= 0)).toBe(true);
      expect(deviation(reference, result.scores, index.ids)).toBeLessThan(TOLERANCE);
    },
  );

  it('finds the vector where networkx gives up: two near-identical groups joined weakly', () => {
    for (const name of ['stall', 'stallNarrow']) {
      const reference = byName(name);
      expect(reference.networkxRaises, name).toBe(true);
      // The two largest eigenvalues lie within 0.03 % (stall) and 0.002 % (stallNarrow).
      expect((reference.lambda1! - reference.lambda2!) / reference.lambda1!).toBeLessThan(3e-4);
      const index = indexNetwork(buildGraph(networkOf(reference.partners, reference.ties)));
      const result = eigenvector(index);
      expect(result.converged).toBe(true);
      expect(deviation(reference, result.scores, index.ids)).toBeLessThan(TOLERANCE);
    }
  });

  it('is exact where networkx stops early and is off by up to 0.04', () => {
    const reference = byName('slow');
    expect(reference.networkxRaises).toBe(false);
    expect(reference.networkxMaxDeviation).toBeGreaterThan(0.03);
    const index = indexNetwork(buildGraph(networkOf(reference.partners, reference.ties)));
    expect(deviation(reference, eigenvector(index).scores, index.ids)).toBeLessThan(TOLERANCE);
  });

  it('converges through restarts of a small basis to the same vector', () => {
    for (const name of ['stall', 'stallNarrow', 'kite', 'dhhs']) {
      const reference = byName(name);
      const index = indexNetwork(buildGraph(networkOf(reference.partners, reference.ties)));
      const result = eigenvector(index, { basis: 8 });
      expect(result.converged, name).toBe(true);
      expect(deviation(reference, result.scores, index.ids), name).toBeLessThan(TOLERANCE);
    }
  });

  it('computes the sample network as numpy does: its partner without ties gets 0', async () => {
    const reference = byName('sample');
    const network = await sampleNetwork();
    expect(referenceTies(network).map(([a, b]) => [a, b])).toEqual(
      reference.ties.map(([a, b]) => [a, b]),
    );
    const result = analyseNetwork(buildGraph(network));
    expect(result.network.eigenvectorConverged).toBe(true);
    expect(result.network.eigenvectorByComponent).toBe(false);
    for (const partner of result.partners)
      expect(Math.abs(partner.eigenvector! - reference.eigenvector[partner.id]!)).toBeLessThan(
        TOLERANCE,
      );
    expect(result.partners.find((p) => p.id === 'P27')!.eigenvector).toBe(0);
  });

  it('computes the DHHS network read from its GML file as numpy does', () => {
    const reference = byName('dhhs');
    const network = dhhsNetwork();
    expect(referenceTies(network).map(([a, b]) => [a, b])).toEqual(
      reference.ties.map(([a, b]) => [a, b]),
    );
    const index = indexNetwork(buildGraph(network));
    expect(deviation(reference, eigenvector(index).scores, index.ids)).toBeLessThan(TOLERANCE);
  });

  it('computes separate sub-networks each on its own, weighted by size, and says so', () => {
    const reference = byName('disconnected');
    const index = indexNetwork(buildGraph(networkOf(reference.partners, reference.ties)));
    const result = eigenvector(index);
    expect(result.byComponent).toBe(true);
    expect(deviation(reference, result.scores, index.ids)).toBeLessThan(TOLERANCE);
    const squares = (result.scores as number[]).reduce((sum, x) => sum + x * x, 0);
    expect(squares).toBeCloseTo(1, 12);
    // The triangle with its tail holds 4 of the 9 partners with ties, the star 5.
    const triangle = ['a', 'b', 'c', 'd'].map((id) => result.scores[index.positions.get(id)!]!);
    expect(triangle.reduce((sum, x) => sum + x * x, 0)).toBeCloseTo(4 / 9, 12);
    expect(result.scores[index.positions.get('x')!]).toBe(0);
  });

  it('gives every partner 1/√n when no one has ties, as networkx', () => {
    const reference = byName('noTies');
    const index = indexNetwork(buildGraph(networkOf(reference.partners, reference.ties)));
    expect(eigenvector(index).scores).toEqual(reference.partners.map(() => 0.5));
  });
});
