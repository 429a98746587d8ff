/** A partner's dot on the map: its middle and radius in the same units as the point asked about. */
export interface Disc {
  key: string;
  x: number;
  y: number;
  radius: number;
  /** Drawn over dots with a lower one. */
  zIndex: number;
}

/**
 * The dot drawn on top at a point: of the dots the point lies in, the one with the highest `zIndex`,
 * and of those the one whose middle is nearest. Null where the point is on empty ground.
 */
export function discAt(discs: Iterable<Disc>, point: { x: number; y: number }): string | null {
  let found: string | null = null;
  let foundZ = -Infinity;
  let foundDistance = Infinity;
  for (const disc of discs) {
    const distance = Math.hypot(disc.x - point.x, disc.y - point.y);
    if (!(distance <= disc.radius)) continue;
    const z = Number.isFinite(disc.zIndex) ? disc.zIndex : 0;
    if (z > foundZ || (z === foundZ && distance < foundDistance)) {
      found = disc.key;
      foundZ = z;
      foundDistance = distance;
    }
  }
  return found;
}
