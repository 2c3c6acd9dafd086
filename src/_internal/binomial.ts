import betainc from "@stdlib/math-base-special-betainc";
import binomcoefln from "@stdlib/math-base-special-binomcoefln";

/**
 * Binomial(n, p) probabilities, where `q` = 1 − p is passed separately so that p near 1 (or
 * near 0) keeps full relative precision in both tails.
 */
export interface BinomialLaw {
  readonly n: number;
  readonly p: number;
  readonly q: number;
}

/** P(X = k). */
export function binomialPmf(k: number, { n, p, q }: BinomialLaw): number {
  if (k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  return Math.exp(binomcoefln(n, k) + k * Math.log(p) + (n - k) * Math.log(q));
}

/** P(X ≤ k), via the regularised incomplete beta function I_q(n − k, k + 1). */
export function binomialAtMost(k: number, law: BinomialLaw): number {
  if (k < 0) return 0;
  if (k >= law.n) return 1;
  if (law.q === 0) return 0;
  if (law.p === 0) return 1;
  return betainc(law.q, law.n - k, k + 1);
}

/** P(X ≥ k), via the regularised incomplete beta function I_p(k, n − k + 1). */
export function binomialAtLeast(k: number, law: BinomialLaw): number {
  if (k <= 0) return 1;
  if (k > law.n) return 0;
  if (law.p === 0) return 0;
  if (law.q === 0) return 1;
  return betainc(law.p, k, law.n - k + 1);
}

const RELATIVE_ERROR = 1 + 1e-7;

/**
 * The two-sided exact binomial p-value by the "minlike" rule of R's `binom.test`: the sum of
 * the probabilities of all outcomes no more likely than the one observed (with R's relative
 * tolerance of 1e-7 for ties). The pmf is unimodal with its mode next to n·p, so the count of
 * outcomes on the far side that are no more likely is found by bisection.
 */
export function binomialTwoSidedP(x: number, law: BinomialLaw): number {
  const { n, p } = law;
  if (n === 0) return 1;
  const bound = binomialPmf(x, law) * RELATIVE_ERROR;
  const mean = n * p;
  if (x === mean) return 1;
  let total: number;
  if (x < mean) {
    // Outcomes from ceil(mean) to n: pmf is non-increasing there; find the first index at or below the bound.
    let lo = Math.ceil(mean);
    let hi = n + 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (binomialPmf(mid, law) <= bound) hi = mid;
      else lo = mid + 1;
    }
    total = binomialAtMost(x, law) + binomialAtLeast(lo, law);
  } else {
    // Outcomes from 0 to floor(mean): pmf is non-decreasing there; find the last index at or below the bound.
    let lo = -1;
    let hi = Math.floor(mean);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (binomialPmf(mid, law) <= bound) lo = mid;
      else hi = mid - 1;
    }
    total = binomialAtMost(lo, law) + binomialAtLeast(x, law);
  }
  return Math.min(1, total);
}
