import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { compareNetworks } from '../../../src/core/compare/compare-networks';
import { findGaps } from '../../../src/core/gaps/find-gaps';
import { cleanName } from '../../../src/core/import/names';
import { buildGraph } from '../../../src/core/model/graph';
import { graphKey, isReservedKey, partnerIdOf } from '../../../src/core/model/keys';
import { createCooperation, createPartner } from '../../../src/core/model/types';
import { networkKeyFigures } from '../../../src/core/report/network-key-figures';
import { importReservedIds, RESERVED_IDS, withoutPrefix } from './reserved-ids';

const anyId = fc.oneof(
  fc.constantFrom(...RESERVED_IDS, ...Object.getOwnPropertyNames(Object.prototype)),
  fc.string(),
  fc.string().map((id) => ` ${id}`),
  fc.string().map((id) => `  ${id}`),
);

describe('graph keys of partner IDs', () => {
  it('knows the names that collide with Object.prototype', () => {
    for (const key of RESERVED_IDS) expect(isReservedKey(key)).toBe(true);
    for (const key of ['P01', 'Jugendamt', 'proto', '']) expect(isReservedKey(key)).toBe(false);
  });

  it('gives a reserved ID another key and leaves ordinary IDs as they are', () => {
    for (const id of RESERVED_IDS) {
      expect(graphKey(id)).not.toBe(id);
      expect(isReservedKey(graphKey(id))).toBe(false);
    }
    for (const id of ['P01', 'Jugendamt', 'toString_', 'x__proto__', ''])
      expect(graphKey(id)).toBe(id);
  });

  test.prop([anyId])('turns every ID into a key that is no prototype name and back', (id) => {
    expect(partnerIdOf(graphKey(id))).toBe(id);
    expect(isReservedKey(graphKey(id))).toBe(false);
  });

  test.prop([anyId, anyId])('never gives two IDs the same key', (a, b) => {
    fc.pre(a !== b);
    expect(graphKey(a)).not.toBe(graphKey(b));
  });

  test.prop([fc.string()])(
    'keeps every ID read from a file as its own key unless reserved',
    (raw) => {
      const id = cleanName(raw);
      expect(graphKey(id) === id).toBe(!isReservedKey(id));
    },
  );
});

describe('partners with IDs like "toString"', () => {
  it('are imported with their IDs as written, in partners, ties, offers and memberships', async () => {
    const result = await importReservedIds();
    expect(result.fatal).toBe(false);
    expect(result.problems).toEqual([]);
    expect(result.network.partners.map((p) => p.id)).toEqual([
      ...RESERVED_IDS,
      'P1',
      'P2',
      'P3',
      'P4',
    ]);
    expect(result.network.cooperations.slice(0, 2)).toMatchObject([
      { source: 'toString', target: 'constructor', intensity: 3 },
      { source: 'constructor', target: '__proto__', intensity: 4 },
    ]);
    expect(result.offers.map((o) => o.partner)).toEqual(['toString', '__proto__']);
    expect(result.memberships.map((m) => m.partner)).toEqual(['constructor', 'valueOf']);
    const graph = buildGraph(result.network);
    expect([graph.order, graph.size]).toEqual([9, 9]);
    expect(graph.nodes().map(partnerIdOf)).toEqual(result.network.partners.map((p) => p.id));
    expect(graph.neighbors(graphKey('toString')).map(partnerIdOf).sort()).toEqual([
      'constructor',
      'valueOf',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('get every measure the same network with plain IDs gets', async () => {
    const reserved = analyseNetwork(buildGraph((await importReservedIds()).network));
    const plain = analyseNetwork(buildGraph((await importReservedIds('x')).network));
    expect(reserved.partners.map((p) => p.id)).toEqual(plain.partners.map((p) => p.id.slice(1)));
    expect(reserved.network.isolates).toEqual(['P4']);
    expect(reserved.network.articulationPoints.length).toBeGreaterThan(0);
    expect(withoutPrefix(reserved)).toEqual(withoutPrefix(plain));
  });

  it('get the same gaps, key figures and comparison as the network with plain IDs', async () => {
    const reserved = (await importReservedIds()).network;
    const plain = (await importReservedIds('x')).network;
    const gaps = (network: typeof reserved) =>
      findGaps(network, defaultCatalogue(), {
        articulationPoints: analyseNetwork(buildGraph(network)).network.articulationPoints,
      });
    const reservedGaps = gaps(reserved);
    expect(reservedGaps.isolates).toEqual(['P4']);
    expect(reservedGaps.sectorLinks.flatMap((l) => [...l.partnersA, ...l.partnersB])).toContain(
      '__proto__',
    );
    expect(withoutPrefix(reservedGaps)).toEqual(withoutPrefix(gaps(plain)));
    expect(networkKeyFigures(reserved)).toEqual(networkKeyFigures(plain));

    const later = (network: typeof reserved, id: (raw: string) => string) => ({
      partners: network.partners,
      cooperations: [
        ...network.cooperations.filter((c) => c.source !== id('toString')),
        createCooperation({ source: id('valueOf'), target: id('hasOwnProperty'), intensity: 4 }),
      ],
    });
    const catalogue = defaultCatalogue();
    const reservedChanges = compareNetworks(
      reserved,
      later(reserved, (raw) => raw),
      {
        catalogue,
      },
    );
    expect(reservedChanges.ties.added).toMatchObject([
      { source: { id: 'valueOf' }, target: { id: 'hasOwnProperty' } },
    ]);
    expect(withoutPrefix(reservedChanges)).toEqual(
      withoutPrefix(
        compareNetworks(
          plain,
          later(plain, (raw) => `x${raw}`),
          { catalogue },
        ),
      ),
    );
  });

  it('open as they are when an earlier version renamed them ("toString_")', () => {
    const network = {
      partners: ['toString_', '__proto___', 'P1'].map((id) => createPartner({ id, name: id })),
      cooperations: [
        createCooperation({ source: 'toString_', target: '__proto___' }),
        createCooperation({ source: '__proto___', target: 'P1' }),
      ],
    };
    const analysis = analyseNetwork(buildGraph(network));
    expect(analysis.partners.map((p) => [p.id, p.degree])).toEqual([
      ['P1', 1],
      ['__proto___', 2],
      ['toString_', 1],
    ]);
  });
});
