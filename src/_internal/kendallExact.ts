/**
 * The exact null distribution of the Mann–Kendall S for n untied values: the share of the n!
 * orderings with each number of inversions k (S = N − 2k, N = n(n−1)/2), by the recursion
 * c_n(k) = Σ_{i=0}^{min(k, n−1)} c_{n−1}(k − i) (Kendall 1975, ch. 4). Whole counts, exact in
 * doubles for n ≤ 18.
 */
function inversionCounts(n: number): number[] {
  let counts = [1];
  for (let m = 2; m <= n; m++) {
    const next = new Array<number>(counts.length + m - 1).fill(0);
    for (let k = 0; k < next.length; k++) {
      let sum = 0;
      for (let i = 0; i <= Math.min(k, m - 1); i++) sum += counts[k - i] ?? 0;
      next[k] = sum;
    }
    counts = next;
  }
  return counts;
}

/** P(S ≥ s) and P(S ≤ s) under the null hypothesis, for n untied values. */
export function kendallExactTails(s: number, n: number): { readonly upper: number; readonly lower: number } {
  const counts = inversionCounts(n);
  const pairs = (n * (n - 1)) / 2;
  const total = counts.reduce((a, b) => a + b, 0);
  // S ≥ s ⇔ inversions k ≤ (N − s)/2; S ≤ s ⇔ k ≥ (N − s)/2.
  const k = (pairs - s) / 2;
  let atMost = 0;
  let atLeast = 0;
  counts.forEach((c, i) => {
    if (i <= k) atMost += c;
    if (i >= k) atLeast += c;
  });
  return { upper: atMost / total, lower: atLeast / total };
}
