import { distance } from 'fastest-levenshtein';

/** Levenshtein similarity 1 − distance ÷ longer length: 1 for equal strings, 0 for nothing shared. */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}
