import { describe, expect, it } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { betweenness } from '../../../src/core/analysis/betweenness';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import { buildGraph } from '../../../src/core/model/graph';
import {
  BARBELL,
  FLORENTINE_MARRIAGES,
  KRACKHARDT_KITE,
  indexOf,
  path,
  star,
  valuesById,
} from './network-fixtures';

describe('betweenness: who bridges', () => {
  it("matches networkx's normalised values for Padgett's Florentine families", () => {
    const index = indexOf(FLORENTINE_MARRIAGES);
    const b = valuesById(index, betweenness(index).scores);
    const networkx = {
      Acciaiuoli: 0,
      Albizzi: 0.212,
      Barbadori: 0.093,
      Bischeri: 0.104,
      Castellani: 0.055,
      Ginori: 0,
      Guadagni: 0.255,
      Lamberteschi: 0,
      Medici: 0.522,
      Pazzi: 0,
      Peruzzi: 0.022,
      Ridolfi: 0.114,
      Salviati: 0.143,
      Strozzi: 0.103,
      Tornabuoni: 0.092,
    };
    for (const [family, value] of Object.entries(networkx)) expect(b[family]).toBeCloseTo(value, 3);
  });

  it("matches networkx's normalised values for Krackhardt's kite", () => {
    const index = indexOf(KRACKHARDT_KITE);
    const b = betweenness(index).scores;
    const networkx = [0.023, 0.023, 0, 0.102, 0, 0.231, 0.231, 0.389, 0.222, 0];
    networkx.forEach((value, i) =>
      expect(b[index.positions.get(String(i))!]).toBeCloseTo(value, 3),
    );
  });

  it('gives the middle of a path of three the only bridging role, as networkx (1.0 normalised)', () => {
    const index = indexOf(path(3));
    expect(valuesById(index, betweenness(index).scores)).toEqual({ p0: 0, p1: 1, p2: 0 });
  });

  it('gives the hub of a star 1 and every leaf 0', () => {
    const index = indexOf(star(5));
    const b = valuesById(index, betweenness(index).scores);
    expect(b.hub).toBeCloseTo(1, 12);
    expect(b.leaf3).toBe(0);
  });

  it('puts each end of the barbell bar on the 6 of 10 other pairs that cross it', () => {
    const index = indexOf(BARBELL);
    const b = valuesById(index, betweenness(index).scores);
    expect(b.a2).toBeCloseTo(6 / 10, 12);
    expect(b.b0).toBeCloseTo(6 / 10, 12);
    expect(b.a0).toBe(0);
  });

  it('counts within components only, normalised by the whole network, as networkx', () => {
    const index = indexOf([...path(3), ['x0', 'x1'], ['x1', 'x2'], ['x2', 'x3']], {}, ['alone']);
    const b = valuesById(index, betweenness(index).scores);
    const pairs = ((8 - 1) * (8 - 2)) / 2;
    expect(b.p1).toBeCloseTo(1 / pairs, 12);
    expect(b.x1).toBeCloseTo(2 / pairs, 12);
    expect(b.alone).toBe(0);
  });

  it('gives 0, not NaN, with no, one or two partners', () => {
    expect(betweenness(indexOf([])).scores).toEqual(new Float64Array(0));
    expect(Array.from(betweenness(indexOf([], {}, ['a'])).scores)).toEqual([0]);
    expect(Array.from(betweenness(indexOf([['a', 'b']])).scores)).toEqual([0, 0]);
  });

  it("agrees with graphology-metrics' unweighted betweenness on a generated network", () => {
    const graph = buildGraph(generateNetwork({ partners: 300, seed: 7 }));
    const index = indexNetwork(graph);
    const ours = betweenness(index).scores;
    const theirs = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    index.ids.forEach((id, i) => expect(ours[i]).toBeCloseTo(theirs[id]!, 10));
  });

  it('estimates from sampled sources close to the exact values, reproducibly for a seed', () => {
    const index = indexNetwork(buildGraph(generateNetwork({ partners: 400, seed: 3 })));
    const exact = betweenness(index).scores;
    const sampled = betweenness(index, { samples: 200, seed: 11 });
    // 200 in the large sub-network, and every partner of the small ones.
    expect(sampled.sources).toBeGreaterThanOrEqual(200);
    expect(sampled.sources).toBeLessThan(250);
    const top = Array.from(exact.keys())
      .sort((a, b) => exact[b]! - exact[a]!)
      .slice(0, 10);
    for (const i of top)
      expect(Math.abs(sampled.scores[i]! - exact[i]!) / exact[i]!).toBeLessThan(0.15);
    expect(betweenness(index, { samples: 200, seed: 11 }).scores).toEqual(sampled.scores);
  });

  it('is exact when asked for at least as many samples as partners', () => {
    const index = indexOf(FLORENTINE_MARRIAGES);
    const sampled = betweenness(index, { samples: 99, seed: 1 });
    expect(sampled.sources).toBe(15);
    expect(sampled.scores).toEqual(betweenness(index).scores);
  });
});
