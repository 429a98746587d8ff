import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectorAssortativity } from '../../../src/core/analysis/assortativity';
import { brokerage, type BrokerageRoles } from '../../../src/core/analysis/brokerage';
import { communities } from '../../../src/core/analysis/communities';
import { normalisedMutualInformation } from '../../../src/core/analysis/mutual-information';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { graphOf, indexOf, valuesById, type Tie } from './network-fixtures';

interface Network {
  sectors: Record<string, string>;
  ties: [string, string][];
}

/**
 * Values networkx and scikit-learn computed on these networks, written once by
 * `tests/fixtures/reference/sector-measures.py`; the calls are in the file's "source".
 */
const REFERENCE = JSON.parse(
  readFileSync(
    new URL('../../fixtures/reference/sector-measures.networkx.json', import.meta.url),
    'utf8',
  ),
) as {
  source: Record<string, string>;
  oneSectorPaths: {
    sector: string;
    otherSector: string;
    cases: { ties: number; assortativity: number | null }[];
  };
  mixed: Network & { assortativity: number; brokerage: Record<string, BrokerageRoles> };
  star: Network & { brokerage: BrokerageRoles };
  communities: Record<'silos' | 'mixed', Network & { louvain: string[][]; nmi: number }>;
  nmiLabels: { x: number[]; y: number[]; nmi: number }[];
};

const ties = (network: Network): Tie[] => network.ties.map(([a, b]) => [a, b] as const);

describe('assortativity by sector against networkx', () => {
  const { sector, otherSector, cases } = REFERENCE.oneSectorPaths;

  it.each(cases.map((c) => [c.ties, c.assortativity] as const))(
    'is null, as networkx gives NaN, for %i ties all inside one sector',
    (count, expected) => {
      const sectors: Record<string, string> = { g: otherSector };
      const path: Tie[] = [];
      for (let i = 0; i <= count; i += 1) sectors[`j${i}`] = sector;
      for (let i = 0; i < count; i += 1) path.push([`j${i}`, `j${i + 1}`]);
      expect(expected).toBeNull();
      expect(sectorAssortativity(indexOf(path, sectors))).toBeNull();
    },
  );

  it('matches networkx on a network of three sectors and a partner without sector', () => {
    const { mixed } = REFERENCE;
    expect(sectorAssortativity(indexOf(ties(mixed), mixed.sectors))).toBeCloseTo(
      mixed.assortativity,
      14,
    );
  });
});

describe('Gould–Fernandez brokerage, each open pair once, as counted on the networkx graph', () => {
  it('gives the hub of a star with eight unconnected partners 28 brokered pairs, not 56', () => {
    const { star } = REFERENCE;
    const index = indexOf(ties(star), star.sectors);
    expect(valuesById(index, brokerage(index)).Hub).toEqual(star.brokerage);
    expect(star.brokerage.total).toBe(28);
  });

  it('gives every partner of a mixed network its roles, pairs with a partner without sector in no role', () => {
    const { mixed } = REFERENCE;
    const index = indexOf(ties(mixed), mixed.sectors);
    expect(valuesById(index, brokerage(index))).toEqual(mixed.brokerage);
    expect(mixed.brokerage.Jugendamt!.withoutSector).toBeGreaterThan(0);
  });
});

describe('communities against sectors over the partners with ties, as scikit-learn', () => {
  it.each(['silos', 'mixed'] as const)(
    'gives the %s barbell with three partners alone the NMI of its tied partners',
    (name) => {
      const network = REFERENCE.communities[name];
      const graph = graphOf(ties(network), network.sectors);
      const index = indexNetwork(graph);
      const found = communities(graph, index);
      const members = new Map<number, string[]>();
      index.ids.forEach((id, i) => {
        if (index.offsets[i + 1] === index.offsets[i]) return;
        members.set(found.membership[i]!, [...(members.get(found.membership[i]!) ?? []), id]);
      });
      expect([...members.values()].map((m) => m.sort()).sort()).toEqual(network.louvain);
      expect(found.nmiWithSectors).toBeCloseTo(network.nmi, 12);
    },
  );

  it('has no NMI for five partners without ties, nor for a single partner', () => {
    const five = graphOf([], { a: 'X', b: 'X', c: 'Y', d: 'Y', e: 'Z' });
    expect(communities(five, indexNetwork(five)).nmiWithSectors).toBeNull();
    const one = graphOf([], { a: 'X' });
    expect(communities(one, indexNetwork(one)).nmiWithSectors).toBeNull();
  });

  it.each(REFERENCE.nmiLabels.map((c) => [c.x, c.y, c.nmi] as const))(
    'gives normalised mutual information of %j and %j as scikit-learn',
    (x, y, expected) => {
      expect(normalisedMutualInformation(x, y)).toBeCloseTo(expected, 14);
    },
  );
});
