import { describe, expect, it } from 'vitest';
import { forceLayout } from '../../../src/core/layout/force-layout';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import type { MapPosition } from '../../../src/core/project/types';
import { importReservedIds } from '../model/reserved-ids';

/** Two groups of six partners, each tied within, and one partner of each tied to the other group. */
function twoGroups(): Network {
  const ids = (group: string) => Array.from({ length: 6 }, (_, i) => `${group}${i}`);
  const partners = [...ids('a'), ...ids('b')].map((id) => createPartner({ id, name: id }));
  const cooperations = ['a', 'b'].flatMap((group) =>
    ids(group).flatMap((source, i) =>
      ids(group)
        .slice(i + 1)
        .map((target) => createCooperation({ source, target, intensity: 3 })),
    ),
  );
  cooperations.push(createCooperation({ source: 'a0', target: 'b0', intensity: 1 }));
  return { partners, cooperations };
}

/** Seeded start places on a circle, in the order of the partners. */
function circle(network: Network): Map<string, MapPosition> {
  const step = (2 * Math.PI) / network.partners.length;
  return new Map(
    network.partners.map((p, i) => [
      p.id,
      { x: 100 * Math.cos(i * 2.5 * step), y: 100 * Math.sin(i * 2.5 * step), pinned: false },
    ]),
  );
}

const distance = (a: MapPosition, b: MapPosition) => Math.hypot(a.x - b.x, a.y - b.y);

function meanDistance(places: Map<string, MapPosition>, pairs: [string, string][]): number {
  return (
    pairs.reduce((sum, [a, b]) => sum + distance(places.get(a)!, places.get(b)!), 0) / pairs.length
  );
}

describe('forceLayout', () => {
  it('draws partners who work together near each other, the same way every time', () => {
    const network = twoGroups();
    const start = circle(network);
    const progress: [number, number][] = [];
    const places = forceLayout(network, start, (done, total) => progress.push([done, total]));
    expect([...places.keys()].sort()).toEqual(network.partners.map((p) => p.id).sort());
    for (const { x, y } of places.values())
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    const within: [string, string][] = [
      ['a1', 'a2'],
      ['a3', 'a4'],
      ['b1', 'b2'],
      ['b3', 'b5'],
    ];
    const across: [string, string][] = [
      ['a1', 'b2'],
      ['a3', 'b4'],
      ['a5', 'b1'],
      ['a2', 'b5'],
    ];
    // On the circle the groups were mixed; laid out, each group is a cluster.
    expect(meanDistance(start, within)).toBeGreaterThan(meanDistance(start, across) * 0.8);
    expect(meanDistance(places, within) * 2).toBeLessThan(meanDistance(places, across));
    expect(forceLayout(network, start)).toEqual(places);
    expect(progress[0]).toEqual([0, 300]);
    expect(progress.at(-1)).toEqual([300, 300]);
  });

  it('leaves pinned partners where they are and lays out only partners with a start', () => {
    const network = twoGroups();
    const start = circle(network);
    start.set('a0', { x: 500, y: -500, pinned: true });
    start.delete('b5');
    const places = forceLayout(network, start);
    expect(places.get('a0')).toEqual({ x: 500, y: -500, pinned: true });
    expect(places.has('b5')).toBe(false);
    expect(places.size).toBe(11);
    expect(places.get('a1')?.pinned).toBe(false);
  });

  it('gives partners with IDs like "toString" their places by those IDs, as with plain IDs', async () => {
    const reserved = (await importReservedIds()).network;
    const plain = (await importReservedIds('x')).network;
    const start = circle(reserved);
    start.set('__proto__', { x: 40, y: 40, pinned: true });
    const plainStart = new Map([...start].map(([id, at]) => [`x${id}`, at]));
    const positions = forceLayout(reserved, start);
    expect([...positions.keys()]).toEqual(reserved.partners.map((p) => p.id));
    expect(positions.get('__proto__')).toEqual({ x: 40, y: 40, pinned: true });
    expect(positions.get('toString')?.pinned).toBe(false);
    const plainPositions = forceLayout(plain, plainStart);
    expect(new Map([...plainPositions].map(([id, at]) => [id.slice(1), at]))).toEqual(positions);
  });
});
