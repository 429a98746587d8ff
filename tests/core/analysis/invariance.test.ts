import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { analyseNetwork, type PartnerAnalysis } from '../../../src/core/analysis/analyse-network';
import { constraint } from '../../../src/core/analysis/constraint';
import { effectiveSize } from '../../../src/core/analysis/effective-size';
import { eigenvector } from '../../../src/core/analysis/eigenvector';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { buildGraph } from '../../../src/core/model/graph';
import {
  createCooperation,
  createPartner,
  type Intensity,
  type Network,
} from '../../../src/core/model/types';

const SECTORS = ['Kinder- und Jugendhilfe', 'Gesundheitswesen', 'Beratung', ''];

/** A small random network: ids 0…n−1, random sectors and ties. */
const networks = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    sectors: fc.array(fc.constantFrom(...SECTORS), { minLength: n, maxLength: n }),
    ties: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 4 })), {
      maxLength: 3 * n,
      selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`,
    }),
  }),
);

function networkOf(
  sectors: string[],
  ties: [number, number, number][],
  name: (i: number) => string,
  order: number[],
): Network {
  return {
    partners: order.map((i) => createPartner({ id: name(i), name: name(i), sector: sectors[i]! })),
    cooperations: ties.map(([a, b, intensity]) =>
      createCooperation({ source: name(a), target: name(b), intensity: intensity as Intensity }),
    ),
  };
}

/** Measures that do not depend on the seeded community search, by original partner number. */
function measures(network: Network, numberOf: (id: string) => number) {
  const result = analyseNetwork(buildGraph(network));
  const byNumber = new Map<number, Omit<PartnerAnalysis, 'id' | 'community' | 'component'>>();
  for (const partner of result.partners) {
    const { id, community, component, ...rest } = partner;
    // Community and component numbers are labels whose order may follow the ids; the partition is what matters.
    void community;
    void component;
    byNumber.set(numberOf(id), rest);
  }
  return {
    byNumber,
    density: result.network.density,
    ei: result.sectors.eiIndex,
    assortativity: result.sectors.assortativity,
    eigenvectorConverged: result.network.eigenvectorConverged,
    eigenvectorByComponent: result.network.eigenvectorByComponent,
  };
}

function expectSame(a: ReturnType<typeof measures>, b: ReturnType<typeof measures>) {
  expect(b.density).toBeCloseTo(a.density, 12);
  expect(b.ei).toEqual(a.ei);
  expect(b.eigenvectorConverged).toBe(a.eigenvectorConverged);
  expect(b.eigenvectorByComponent).toBe(a.eigenvectorByComponent);
  if (a.assortativity === null) expect(b.assortativity).toBeNull();
  else expect(b.assortativity).toBeCloseTo(a.assortativity, 12);
  for (const [number, values] of a.byNumber) {
    const other = b.byNumber.get(number)!;
    for (const [key, value] of Object.entries(values)) {
      const otherValue = other[key as keyof typeof other];
      if (typeof value === 'number') expect(otherValue as number).toBeCloseTo(value, 9);
      else expect(otherValue).toEqual(value);
    }
  }
}

describe('measures do not depend on how partners are named or listed', () => {
  it.prop([networks, fc.integer()], { numRuns: 40 })(
    'renaming the partners changes nothing',
    ({ sectors, ties }, salt) => {
      const order = sectors.map((_s, i) => i);
      const plain = measures(
        networkOf(sectors, ties, (i) => `p${i}`, order),
        (id) => Number(id.slice(1)),
      );
      const renamed = measures(
        networkOf(sectors, ties, (i) => `${(i * 7919 + salt) >>> 0}:${i}`, order),
        (id) => Number(id.split(':')[1]),
      );
      expectSame(plain, renamed);
    },
  );

  it.prop([networks, fc.integer()], { numRuns: 40 })(
    'listing the partners in another order changes nothing',
    ({ sectors, ties }, seed) => {
      const order = sectors.map((_s, i) => i);
      const shuffled = [...order].sort(
        (a, b) => (((a * 2654435761 + seed) >>> 0) % 97) - (((b * 2654435761 + seed) >>> 0) % 97),
      );
      const plain = measures(
        networkOf(sectors, ties, (i) => `p${i}`, order),
        (id) => Number(id.slice(1)),
      );
      const reordered = measures(
        networkOf(sectors, [...ties].reverse(), (i) => `p${i}`, shuffled),
        (id) => Number(id.slice(1)),
      );
      expectSame(plain, reordered);
    },
  );
});

/** The communities as groups of original partner numbers, and the modularity. */
function partition(network: Network, numberOf: (id: string) => number) {
  const result = analyseNetwork(buildGraph(network));
  const groups = new Map<number, number[]>();
  for (const partner of result.partners) {
    const members = groups.get(partner.community) ?? [];
    members.push(numberOf(partner.id));
    groups.set(partner.community, members);
  }
  const canonical = [...groups.values()]
    .map((members) => members.sort((a, b) => a - b).join(','))
    .sort();
  return { groups: canonical, modularity: result.sectors.communities.modularity };
}

describe('communities do not depend on how the lists were kept', () => {
  it.prop([networks, fc.integer()], { numRuns: 60 })(
    'listing partners and ties in another order gives the same partition and modularity',
    ({ sectors, ties }, seed) => {
      const order = sectors.map((_s, i) => i);
      const shuffled = [...order].sort(
        (a, b) => (((a * 2654435761 + seed) >>> 0) % 97) - (((b * 2654435761 + seed) >>> 0) % 97),
      );
      const plain = partition(
        networkOf(sectors, ties, (i) => `p${i}`, order),
        (id) => Number(id.slice(1)),
      );
      const reordered = partition(
        networkOf(
          sectors,
          [...ties].reverse().map(([a, b, w]) => [b, a, w] as [number, number, number]),
          (i) => `p${i}`,
          shuffled,
        ),
        (id) => Number(id.slice(1)),
      );
      expect(reordered.groups).toEqual(plain.groups);
      if (plain.modularity === null) expect(reordered.modularity).toBeNull();
      else expect(reordered.modularity).toBeCloseTo(plain.modularity, 12);
    },
  );
});

/**
 * A network whose ties carry their own weights (as from Gephi) or intensities, and whose groups
 * may be large enough for the eigenvector's restarts: up to 70 partners, so that a sub-network can
 * pass the one-pass limit.
 */
const weightedNetworks = fc.integer({ min: 2, max: 70 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    ties: fc.uniqueArray(
      fc.tuple(
        fc.nat(n - 1),
        fc.nat(n - 1),
        fc.oneof(fc.integer({ min: 1, max: 4 }), fc.double({ min: 0, max: 12, noNaN: true })),
      ),
      { maxLength: 4 * n, selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}` },
    ),
  }),
);

function weightedNetwork(n: number, ties: [number, number, number][], order: number[]): Network {
  return {
    partners: order.map((i) => createPartner({ id: `p${i}`, name: `p${i}` })),
    cooperations: ties.map(([a, b, w]) =>
      Number.isInteger(w) && w >= 1 && w <= 4
        ? createCooperation({ source: `p${a}`, target: `p${b}`, intensity: w as Intensity })
        : createCooperation({ source: `p${a}`, target: `p${b}`, intensity: 1, weight: w }),
    ),
  };
}

/** Constraint, effective size and eigenvector by partner id. */
function weightedMeasures(network: Network) {
  const index = indexNetwork(buildGraph(network));
  const byId = new Map<string, [number | null, number | null, number | null]>();
  const c = constraint(index);
  const e = effectiveSize(index);
  const x = eigenvector(index).scores;
  index.ids.forEach((id, i) => byId.set(id, [c[i]!, e[i]!, x[i]!]));
  return byId;
}

describe('weighted structural holes and the eigenvector do not depend on the order of the lists', () => {
  it.prop([weightedNetworks, fc.integer()], { numRuns: 40 })(
    'listing partners and ties in another order, ties turned round, changes no value',
    ({ n, ties }, seed) => {
      const order = Array.from({ length: n }, (_, i) => i);
      const shuffled = [...order].sort(
        (a, b) => (((a * 2654435761 + seed) >>> 0) % 97) - (((b * 2654435761 + seed) >>> 0) % 97),
      );
      const plain = weightedMeasures(weightedNetwork(n, ties, order));
      const reordered = weightedMeasures(
        weightedNetwork(
          n,
          [...ties].reverse().map(([a, b, w]) => [b, a, w] as [number, number, number]),
          shuffled,
        ),
      );
      for (const [id, values] of plain) {
        values.forEach((value, k) => {
          const other = reordered.get(id)![k]!;
          if (value === null) expect(other).toBeNull();
          else expect(Math.abs(other! - value), `${id} ${k}`).toBeLessThan(1e-9);
        });
      }
    },
  );
});
