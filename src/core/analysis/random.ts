/**
 * mulberry32, a small seeded pseudo-random generator (Tommy Ettinger, 2017): the same seed gives
 * the same communities, samples and generated networks in every run, so reports are reproducible.
 * Returns numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
