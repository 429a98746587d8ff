import { degree } from './degree';
import type { NetworkIndex } from './network-index';

/**
 * Freeman's degree centralisation (Freeman 1979, Social Networks 1): how far the network leans on
 * one partner, Σ (max degree − degree) ÷ ((n − 1)(n − 2)) — 1 for a star, 0 where every partner
 * has as many ties. Null for fewer than three partners, where the maximum sum is 0.
 */
export function degreeCentralisation(index: NetworkIndex): number | null {
  const n = index.ids.length;
  if (n < 3) return null;
  const degrees = degree(index);
  let max = 0;
  for (const d of degrees) max = Math.max(max, d);
  let sum = 0;
  for (const d of degrees) sum += max - d;
  return sum / ((n - 1) * (n - 2));
}
