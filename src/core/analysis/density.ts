import type { NetworkIndex } from './network-index';

/**
 * Density: existing ties ÷ possible ties, 2m / (n(n − 1)). 0 with fewer than two partners, as
 * networkx `density`.
 */
export function density(index: NetworkIndex): number {
  const n = index.ids.length;
  return n > 1 ? (2 * index.cooperationCount) / (n * (n - 1)) : 0;
}
