import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { importNetwork } from '../../../src/core/import';
import { buildGraph } from '../../../src/core/model/graph';

const reference = (name: string) => new URL(`../../fixtures/reference/${name}`, import.meta.url);

/** Values networkx computed on the same edge table; the calls are in the file's "source". */
const NETWORKX = JSON.parse(readFileSync(reference('gephi-weights.networkx.json'), 'utf8')) as {
  source: Record<string, string>;
  strength: Record<string, number>;
  pagerank: Record<string, number>;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
};

async function gephiTable() {
  const bytes = new Uint8Array(readFileSync(reference('gephi-weights.csv')));
  return importNetwork({ files: [{ name: 'gephi-weights.csv', bytes }] });
}

describe('a Gephi edge table with weights 0.5 to 12, measured as networkx measures it', () => {
  it('imports every tie with its own weight', async () => {
    const { network } = await gephiTable();
    expect(network.cooperations.map((c) => c.weight)).toEqual([
      12, 7.5, 2, 0.5, 3.25, 1, 2, 0.5, 4,
    ]);
  });

  it('gives strength as networkx G.degree(weight="weight") and PageRank as pagerank(G, weight="weight")', async () => {
    const { network } = await gephiTable();
    const result = analyseNetwork(buildGraph(network));
    expect(result.partners.map((p) => p.id).sort()).toEqual(Object.keys(NETWORKX.strength).sort());
    for (const partner of result.partners) {
      expect(partner.strength, partner.id).toBeCloseTo(NETWORKX.strength[partner.id]!, 12);
      expect(partner.pagerank, partner.id).toBeCloseTo(NETWORKX.pagerank[partner.id]!, 9);
    }
  });

  it('counts hops, not weights, in betweenness and closeness (weights are no distances)', async () => {
    const { network } = await gephiTable();
    const result = analyseNetwork(buildGraph(network));
    for (const partner of result.partners) {
      expect(partner.betweenness, partner.id).toBeCloseTo(NETWORKX.betweenness[partner.id]!, 12);
      expect(partner.closeness, partner.id).toBeCloseTo(NETWORKX.closeness[partner.id]!, 12);
    }
  });

  it('differs from the same table cut to intensities 1–4, which is what the weights fix', async () => {
    const { network } = await gephiTable();
    const cut = network.cooperations.map(({ weight: _weight, ...tie }) => tie);
    const result = analyseNetwork(buildGraph({ ...network, cooperations: cut }));
    const jugendamt = result.partners.find((p) => p.id === 'Jugendamt')!;
    expect(jugendamt.strength).toBe(4 + 4 + 2);
    expect(jugendamt.strength).not.toBeCloseTo(NETWORKX.strength['Jugendamt']!, 3);
    expect(jugendamt.pagerank).not.toBeCloseTo(NETWORKX.pagerank['Jugendamt']!, 3);
  });
});
