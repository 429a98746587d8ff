import { describe, expect, it } from 'vitest';
import { eiIndex } from '../../../src/core/analysis/ei-index';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import { networkToCsv } from '../../../src/core/generate/write-csv';
import { buildGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner } from '../../../src/core/model/types';

describe('a generated Frühe-Hilfen network', () => {
  const network = generateNetwork({ partners: 1000, seed: 5 });

  it('is the same for the same seed and differs for another', () => {
    expect(generateNetwork({ partners: 200, seed: 8 })).toEqual(
      generateNetwork({ partners: 200, seed: 8 }),
    );
    expect(generateNetwork({ partners: 200, seed: 9 })).not.toEqual(
      generateNetwork({ partners: 200, seed: 8 }),
    );
  });

  it('has the partners asked for, with unique ids, and about 8 ties per partner', () => {
    expect(network.partners).toHaveLength(1000);
    expect(new Set(network.partners.map((p) => p.id)).size).toBe(1000);
    const meanDegree = (2 * network.cooperations.length) / network.partners.length;
    expect(meanDegree).toBeGreaterThan(7.5);
    expect(meanDegree).toBeLessThanOrEqual(8);
  });

  it('has no self-ties and no tie twice', () => {
    const keys = network.cooperations.map((c) => [c.source, c.target].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(network.cooperations.every((c) => c.source !== c.target)).toBe(true);
  });

  it('covers the sectors of the catalogue, with a youth office per municipality as the best-tied hub', () => {
    expect(new Set(network.partners.map((p) => p.sector)).size).toBe(8);
    const municipalities = new Set(network.partners.map((p) => p.municipality));
    const youthOffices = network.partners.filter((p) => p.type === 'Jugendamt / ASD');
    expect(youthOffices).toHaveLength(municipalities.size);
    const degree = new Map<string, number>();
    for (const c of network.cooperations)
      for (const id of [c.source, c.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const median = [...degree.values()].sort((a, b) => a - b)[Math.floor(degree.size / 2)]!;
    for (const office of youthOffices) expect(degree.get(office.id)).toBeGreaterThan(3 * median);
  });

  it('has more ties inside sectors than across them (negative E-I index)', () => {
    expect(eiIndex(indexNetwork(buildGraph(network))).network).toBeLessThan(0);
  });

  it('builds the smallest networks too', () => {
    expect(generateNetwork({ partners: 0 })).toEqual({ partners: [], cooperations: [] });
    expect(generateNetwork({ partners: 3 }).partners).toHaveLength(3);
  });
});

describe('the CSV pair of a network', () => {
  it('writes partner.csv and kooperationen.csv with German headers, semicolons and CRLF', () => {
    const csv = networkToCsv(generateNetwork({ partners: 45, seed: 1 }));
    expect(csv.partners.split('\r\n')[0]).toBe(
      'ID;Name;Sektor;Einrichtungsart;Träger;Kommune;Sozialraum',
    );
    expect(csv.cooperations.split('\r\n')[0]).toBe('Von;An;Intensität;Vereinbarung');
    expect(csv.partners.split('\r\n')).toHaveLength(47);
  });

  it('quotes names with semicolons or quotes as Excel does', () => {
    const csv = networkToCsv({
      partners: [createPartner({ id: 'P1', name: 'Beratung "Hand in Hand"; Caritas' })],
      cooperations: [createCooperation({ source: 'P1', target: 'P2', intensity: 4, formal: true })],
    });
    expect(csv.partners).toContain('P1;"Beratung ""Hand in Hand""; Caritas";');
    expect(csv.cooperations).toBe('Von;An;Intensität;Vereinbarung\r\nP1;P2;4;ja\r\n');
  });
});
