import { describe, expect, it } from 'vitest';
import { degreeCentralisation } from '../../../src/core/analysis/degree-centralisation';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { buildGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

function network(size: number, ties: [number, number][]): Network {
  return {
    partners: Array.from({ length: size }, (_x, i) =>
      createPartner({ id: `p${i}`, name: `P${i}` }),
    ),
    cooperations: ties.map(([a, b]) => createCooperation({ source: `p${a}`, target: `p${b}` })),
  };
}
const centralisation = (n: Network) => degreeCentralisation(indexNetwork(buildGraph(n)));

describe("Freeman's degree centralisation", () => {
  it('is 1 for a star, where one partner holds every tie', () => {
    expect(
      centralisation(
        network(6, [
          [0, 1],
          [0, 2],
          [0, 3],
          [0, 4],
          [0, 5],
        ]),
      ),
    ).toBe(1);
  });

  it('is 0 where every partner has as many ties: a ring, everyone with everyone, no ties', () => {
    expect(
      centralisation(
        network(4, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 0],
        ]),
      ),
    ).toBe(0);
    expect(
      centralisation(
        network(3, [
          [0, 1],
          [1, 2],
          [0, 2],
        ]),
      ),
    ).toBe(0);
    expect(centralisation(network(5, []))).toBe(0);
  });

  it('is a third for a path of four: (1 + 0 + 0 + 1) ÷ (3 × 2)', () => {
    expect(
      centralisation(
        network(4, [
          [0, 1],
          [1, 2],
          [2, 3],
        ]),
      ),
    ).toBeCloseTo(1 / 3, 15);
  });

  it('is not defined for fewer than three partners', () => {
    expect(centralisation(network(2, [[0, 1]]))).toBeNull();
  });
});
