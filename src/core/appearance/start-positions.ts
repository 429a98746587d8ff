import type { Network, Partner } from '../model/types';
import type { MapPosition } from '../project/types';
import { sectorsInOrder } from './sector-colors';

/** A partner's kept place on the map (from the project), pinned or not. */
export type KeptPlaces = ReadonlyMap<string, { x: number; y: number; pinned?: boolean }>;

/** A small seeded hash so the same partner always starts at the same place. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

/**
 * Where a partner starts: its kept place, else a seeded place in its sector's slice of a circle
 * (each sector starts in its own slice, so ForceAtlas2 begins from the same picture every time:
 * the same network gives the same map on screen, in the report and from the command line).
 */
export function startPlaces(network: Network, kept: KeptPlaces): (partner: Partner) => MapPosition {
  const sectors = sectorsInOrder(network.partners.map((p) => p.sector));
  const slice = (2 * Math.PI) / Math.max(1, sectors.length);
  return (partner) => {
    const place = kept.get(partner.id);
    if (place !== undefined) return { x: place.x, y: place.y, pinned: place.pinned === true };
    const angle = slice * (sectors.indexOf(partner.sector) + 0.15 + 0.7 * hash(partner.id));
    const radius = 50 + 50 * hash(`${partner.id}#r`);
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle), pinned: false };
  };
}

/** The start positions of every partner (for a layout without a map). */
export function startPositions(
  network: Network,
  kept: KeptPlaces = new Map(),
): Map<string, MapPosition> {
  const startOf = startPlaces(network, kept);
  return new Map(network.partners.map((partner) => [partner.id, startOf(partner)]));
}
