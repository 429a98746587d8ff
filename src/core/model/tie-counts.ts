/** How many of the given ties each partner has (partners without any are not listed). */
export function tieCounts(ties: Iterable<{ source: string; target: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { source, target } of ties) {
    counts.set(source, (counts.get(source) ?? 0) + 1);
    counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return counts;
}
