/** The Mann–Kendall score of a series and its null variance, ties corrected. */
export interface KendallScore {
  /** S = Σ_{i<j} sgn(x_j − x_i). */
  readonly s: number;
  /** [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 over the tied groups of size t. */
  readonly variance: number;
  /** Σ t(t−1)/2 over the tied groups: the pairs tied in value. */
  readonly tiedPairs: number;
  /** Whether any two values are equal. */
  readonly ties: boolean;
}

/** S, Var(S) and the tied pairs of a series in time order (Mann 1945; Kendall 1975). */
export function kendallScore(values: readonly number[]): KendallScore {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    const xi = values[i] as number;
    for (let j = i + 1; j < n; j++) s += Math.sign((values[j] as number) - xi);
  }
  const groups = new Map<number, number>();
  for (const x of values) groups.set(x, (groups.get(x) ?? 0) + 1);
  let correction = 0;
  let tiedPairs = 0;
  for (const t of groups.values()) {
    correction += t * (t - 1) * (2 * t + 5);
    tiedPairs += (t * (t - 1)) / 2;
  }
  const variance = n < 2 ? 0 : (n * (n - 1) * (2 * n + 5) - correction) / 18;
  return { s, variance, tiedPairs, ties: tiedPairs > 0 };
}
