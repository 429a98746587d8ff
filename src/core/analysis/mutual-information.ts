/**
 * Normalised mutual information between two partitions of the same partners (Danon et al. 2005),
 * with the arithmetic mean of the entropies as normaliser: 2·I(X;Y) / (H(X) + H(Y)), as
 * scikit-learn's `normalized_mutual_info_score(x, y, average_method='arithmetic')`. 1: the
 * partitions match (e.g. the communities repeat the sector silos); 0: they are independent.
 * When both partitions are a single group the two agree perfectly and 1 is returned (as
 * scikit-learn does); null when there are no partners.
 */
export function normalisedMutualInformation(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): number | null {
  const n = x.length;
  if (n === 0) return null;
  const joint = new Map<string, { a: number; b: number; count: number }>();
  const countX = new Map<number, number>();
  const countY = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const a = x[i]!;
    const b = y[i]!;
    const cell = joint.get(`${a} ${b}`);
    if (cell === undefined) joint.set(`${a} ${b}`, { a, b, count: 1 });
    else cell.count += 1;
    countX.set(a, (countX.get(a) ?? 0) + 1);
    countY.set(b, (countY.get(b) ?? 0) + 1);
  }
  const hx = entropy(countX.values(), n);
  const hy = entropy(countY.values(), n);
  if (hx + hy === 0) return 1;
  let mutual = 0;
  for (const { a, b, count } of joint.values()) {
    const p = count / n;
    mutual += p * Math.log(p / (((countX.get(a) as number) / n) * ((countY.get(b) as number) / n)));
  }
  return Math.max(0, (2 * mutual) / (hx + hy));
}

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0;
  for (const count of counts) h -= (count / n) * Math.log(count / n);
  return h;
}
