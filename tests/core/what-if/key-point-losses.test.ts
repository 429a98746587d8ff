import { readFileSync } from 'node:fs';
import { fc, it } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { cutPoints } from '../../../src/core/analysis/cut-points';
import { indexNetwork, type NetworkIndex } from '../../../src/core/analysis/network-index';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { findGaps } from '../../../src/core/gaps/find-gaps';
import { buildGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { CUT_OFF_LISTED, keyPointLosses } from '../../../src/core/what-if/key-point-losses';
import { partnerLoss } from '../../../src/core/what-if/partner-loss';
import { sectorLosses } from '../../../src/core/what-if/sector-loss';
import { loadBeispielkreis, type Beispielkreis } from '../../app/gaps/sample';

const catalogue = defaultCatalogue();
const SECTORS = ['Kinder- und Jugendhilfe', 'Gesundheitswesen', 'Beratung', 'Bildung', ''];

/** What networkx names for each articulation point of the Beispielkreis (see what-if.py). */
const REFERENCE = JSON.parse(
  readFileSync(new URL('../../fixtures/reference/what-if.networkx.json', import.meta.url), 'utf8'),
) as {
  beispielkreis: {
    whatIf: {
      removed: string[];
      isolated: string[];
      cutOff: string[][];
      sectorsCutOff: string[];
      sectorPairsUnlinked: { a: string; b: string }[];
      figures: { after: { components: number; largestPart: number } };
    }[];
  };
};

function articulationPoints(index: NetworkIndex): string[] {
  const cuts = cutPoints(index);
  return index.ids.filter((_id, i) => cuts.articulationPoints[i] === 1);
}

function analysed(network: Network) {
  const index = indexNetwork(buildGraph(network));
  return { index, points: articulationPoints(index), gaps: findGaps(network, catalogue) };
}

/** A random network of up to 16 partners with sectors, some of them apart from the rest. */
const networks = fc.integer({ min: 1, max: 16 }).chain((n) =>
  fc.record({
    sectors: fc.array(fc.constantFrom(...SECTORS), { minLength: n, maxLength: n }),
    ties: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
      maxLength: 2 * n,
      selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`,
    }),
  }),
);

function networkOf(sectors: string[], ties: [number, number][]): Network {
  const id = (i: number) => `p${String(i).padStart(2, '0')}`;
  return {
    partners: sectors.map((sector, i) => createPartner({ id: id(i), name: id(i), sector })),
    cooperations: ties.map(([a, b]) => createCooperation({ source: id(a), target: id(b) })),
  };
}

describe('the loss of each articulation point, for the report', () => {
  it.prop([networks], { numRuns: 200 })(
    'is what the what-if of that partner alone says, from one search for all',
    ({ sectors, ties }) => {
      const { index, points, gaps } = analysed(networkOf(sectors, ties));
      const sectorLoss = sectorLosses(index, gaps);
      const losses = keyPointLosses(index, points, gaps);
      expect(losses.map((loss) => loss.partner).sort()).toEqual(points);
      for (const loss of losses) {
        const position = index.positions.get(loss.partner)!;
        const without = new Uint8Array(index.ids.length);
        without[position] = 1;
        const single = partnerLoss(index, without);
        const cutOff = single.cutOff.flat().sort();
        expect(loss).toEqual({
          partner: loss.partner,
          isolated: single.isolated,
          cutOffCount: cutOff.length,
          cutOff,
          parts: single.parts.after,
          largestPart: single.largestPart.after,
          ...sectorLoss([position]),
        });
      }
    },
  );

  describe('in the Beispielkreis', () => {
    let sample: Beispielkreis;
    beforeAll(async () => {
      sample = await loadBeispielkreis();
    });

    it('names what networkx finds for each, the coordinator first', () => {
      const { index, points, gaps } = analysed(sample.network);
      const losses = keyPointLosses(index, points, gaps);
      expect(losses[0]?.partner).toBe(
        sample.idOf('Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen'),
      );
      const expected = REFERENCE.beispielkreis.whatIf;
      expect(losses.map((loss) => loss.partner).sort()).toEqual(expected.map((e) => e.removed[0]));
      for (const e of expected) {
        const loss = losses.find((l) => l.partner === e.removed[0])!;
        expect(loss).toEqual({
          partner: e.removed[0],
          isolated: e.isolated,
          cutOffCount: e.cutOff.flat().length,
          cutOff: e.cutOff.flat().sort(),
          parts: e.figures.after.components,
          largestPart: e.figures.after.largestPart,
          sectorsCutOff: e.sectorsCutOff,
          sectorPairsUnlinked: e.sectorPairsUnlinked,
        });
      }
    });
  });

  it('counts but does not list more than CUT_OFF_LISTED partners cut off, even in a long chain', () => {
    const n = 20_000;
    const id = (i: number) => `p${String(i).padStart(5, '0')}`;
    const chain: Network = {
      partners: Array.from({ length: n }, (_, i) => createPartner({ id: id(i), name: id(i) })),
      cooperations: Array.from({ length: n - 1 }, (_, i) =>
        createCooperation({ source: id(i), target: id(i + 1) }),
      ),
    };
    const { index, points } = analysed(chain);
    const started = performance.now();
    const losses = keyPointLosses(index, points, { partnerSectors: [], sectorLinks: [] });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(losses).toHaveLength(n - 2);
    // The middle partner cuts off the first half (the other is one longer); the one next to the end
    // leaves one partner alone.
    expect(losses[0]).toMatchObject({ partner: id(n / 2 - 1), cutOffCount: n / 2 - 1, cutOff: [] });
    const nearEnd = losses.find((loss) => loss.partner === id(n - 2))!;
    expect(nearEnd).toMatchObject({ isolated: [id(n - 1)], cutOffCount: 0, cutOff: [] });
    const listed = losses.find((loss) => loss.partner === id(n - 1 - CUT_OFF_LISTED))!;
    expect(listed.cutOffCount).toBe(CUT_OFF_LISTED);
    expect(listed.cutOff).toEqual(
      Array.from({ length: CUT_OFF_LISTED }, (_, k) => id(n - CUT_OFF_LISTED + k)),
    );
  });
});
