/**
 * Partners' dots for finding the one under the pointer, four numbers each in `values`: the middle
 * (x, y), the size, and the drawing order (`zIndex`; higher is drawn over lower).
 */
export interface Dots {
  keys: string[];
  values: Float64Array;
}

/** Packs dots; a drawing order that is not a number counts as 0 (the bottom layer). */
export function packDots(
  dots: Iterable<{ key: string; x: number; y: number; size: number; zIndex?: number }>,
): Dots {
  const keys: string[] = [];
  const values: number[] = [];
  for (const { key, x, y, size, zIndex } of dots) {
    keys.push(key);
    values.push(x, y, size, Number.isFinite(zIndex) ? (zIndex as number) : 0);
  }
  return { keys, values: Float64Array.from(values) };
}

/**
 * The dot drawn on top at a point: of the dots the point lies in (radius = size × `radiusPerSize`),
 * the one with the highest drawing order, and of those the one whose middle is nearest. Null where
 * the point is on empty ground.
 */
export function dotAt(
  { keys, values }: Dots,
  point: { x: number; y: number },
  radiusPerSize: number,
): string | null {
  let found = -1;
  let foundZ = -Infinity;
  let foundDistance = Infinity;
  for (let i = 0, at = 0; i < keys.length; i++, at += 4) {
    const dx = values[at]! - point.x;
    const dy = values[at + 1]! - point.y;
    const radius = values[at + 2]! * radiusPerSize;
    const squared = dx * dx + dy * dy;
    if (!(squared <= radius * radius)) continue;
    const z = values[at + 3]!;
    if (z > foundZ || (z === foundZ && squared < foundDistance)) {
      found = i;
      foundZ = z;
      foundDistance = squared;
    }
  }
  return found < 0 ? null : keys[found]!;
}
