import { HEALTH_CARE, YOUTH_WELFARE } from '../../core/appearance/key-sectors';
import { sectorsInOrder } from '../../core/appearance/sector-colors';
import { sectorKey } from '../../core/appearance/sector-key';
import type { Partner } from '../../core/model/types';
import { germanOrder } from '../text/german-order';

export interface SectorSlice {
  sector: string;
  /** Start and end angle in radians, counter-clockwise from the positive x axis. */
  start: number;
  end: number;
}

export interface SectorArrangement {
  slices: SectorSlice[];
  positions: Map<string, { x: number; y: number }>;
  /** Radius of the outer circle, in graph coordinates. */
  radius: number;
}

export const SECTOR_RADIUS = 100;

/**
 * The slice order: youth welfare first and health care opposite it, so ties between the two cross
 * the whole circle and catch the eye; the other sectors fill the remaining slots in catalogue order.
 */
export function sliceOrder(sectors: string[]): string[] {
  const ordered = sectorsInOrder(sectors);
  const youth = ordered.find((s) => sectorKey(s) === sectorKey(YOUTH_WELFARE.name));
  const health = ordered.find((s) => sectorKey(s) === sectorKey(HEALTH_CARE.name));
  if (youth === undefined || health === undefined) return ordered;
  const others = ordered.filter((s) => s !== youth && s !== health);
  const slots: string[] = [youth];
  const opposite = Math.floor(ordered.length / 2);
  while (slots.length < ordered.length) {
    slots.push(slots.length === opposite ? health : (others.shift() as string));
  }
  return slots;
}

/**
 * A Netzwerkkarte in the classic sense (and VennMaker's sectors): every sector a slice of a circle,
 * its partners inside the slice, the most central ones nearest the middle. `centrality` may be any
 * measure where more means more central (degree before the analysis is ready, closeness after).
 */
export function sectorLayout(
  partners: Partner[],
  centrality: Map<string, number>,
): SectorArrangement {
  const order = sliceOrder(partners.map((p) => p.sector));
  const width = (2 * Math.PI) / Math.max(1, order.length);
  const slices = order.map((sector, i) => ({ sector, start: i * width, end: (i + 1) * width }));
  const positions = new Map<string, { x: number; y: number }>();
  // Distance from the middle by rank, not by value: a single outlier (a partner without ties has
  // closeness 0) would otherwise push everyone else into one narrow ring.
  const ranked = [...partners].sort(
    (a, b) => (centrality.get(b.id) ?? 0) - (centrality.get(a.id) ?? 0),
  );
  const percentile = new Map(
    ranked.map((p, i) => [p.id, ranked.length > 1 ? i / (ranked.length - 1) : 0]),
  );
  for (const slice of slices) {
    const members = partners
      .filter((p) => p.sector === slice.sector)
      .sort(
        (a, b) =>
          (centrality.get(b.id) ?? 0) - (centrality.get(a.id) ?? 0) || germanOrder(a.id, b.id),
      );
    members.forEach((partner, rank) => {
      const radius = SECTOR_RADIUS * (0.15 + 0.75 * (percentile.get(partner.id) ?? 1));
      // Spread partners across the slice, alternating sides, keeping a margin to the borders.
      const spread = members.length === 1 ? 0.5 : 0.1 + 0.8 * ((rank * 0.618034) % 1);
      const angle = slice.start + spread * (slice.end - slice.start);
      positions.set(partner.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return { slices, positions, radius: SECTOR_RADIUS };
}
