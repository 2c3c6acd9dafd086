import { binomialAtLeast, binomialAtMost, binomialPmf, binomialTwoSidedP, type BinomialLaw } from "./binomial.js";
import { betaQuantileSafe } from "./quantiles.js";
import { findRootBeyond } from "./findRoot.js";

/**
 * Inference on the odds ω = π/(1 − π) of a Binomial(n, π) count x. Conditioning on the total of
 * two Poisson counts turns a rate ratio into such an odds: π = θt₁/(θt₁ + t₀), so θ = ω·t₀/t₁.
 */
export interface OddsLimits {
  readonly lower: number;
  readonly upper: number;
}

/** The law Binomial(n, π) for π with log-odds λ, keeping both π and 1 − π precise. */
function lawAtLogOdds(n: number, logOdds: number): BinomialLaw {
  return { n, p: 1 / (1 + Math.exp(-logOdds)), q: 1 / (1 + Math.exp(logOdds)) };
}

/**
 * Clopper–Pearson limits for the odds: Beta(α/2; x, n − x + 1) over its complement, and
 * Beta(1 − α/2; x + 1, n − x) over its complement; 0 at x = 0 and ∞ at x = n.
 * Complements use Beta symmetry (1 − B(q; a, b) = B(1 − q; b, a)) to keep precision.
 */
export function exactOddsLimits(x: number, n: number, tail: number): OddsLimits {
  const lower = x === 0 ? 0 : betaQuantileSafe(tail, x, n - x + 1) / betaQuantileSafe(1 - tail, n - x + 1, x);
  const upper = x === n ? Infinity : betaQuantileSafe(1 - tail, x + 1, n - x) / betaQuantileSafe(tail, n - x, x + 1);
  return { lower, upper };
}

/** Upper mid-p tail, ½P(X = x) + P(X > x). */
function upperMidTail(x: number, law: BinomialLaw): number {
  return binomialPmf(x, law) / 2 + binomialAtLeast(x + 1, law);
}

/** Lower mid-p tail, ½P(X = x) + P(X < x). */
function lowerMidTail(x: number, law: BinomialLaw): number {
  return binomialPmf(x, law) / 2 + binomialAtMost(x - 1, law);
}

/**
 * Mid-p limits for the odds (as epitools' `rateratio.midp`): the lower limit solves
 * ½P(X = x) + P(X > x) = α/2 and the upper ½P(X = x) + P(X < x) = α/2; 0 at x = 0 and ∞ at
 * x = n. Solved by Brent's method on the log-odds to an absolute tolerance of 1e-13.
 */
export function midpOddsLimits(x: number, n: number, tail: number): OddsLimits {
  const start = Math.log((x + 0.5) / (n - x + 0.5));
  const solve = (tailAt: (logOdds: number) => number, increasing: boolean) => {
    const f = (logOdds: number) => tailAt(logOdds) - tail;
    const atStart = f(start);
    const direction = (atStart > 0) === increasing ? -1 : 1;
    return Math.exp(findRootBeyond(f, start, atStart, direction));
  };
  const lower = x === 0 ? 0 : solve((l) => upperMidTail(x, lawAtLogOdds(n, l)), true);
  const upper = x === n ? Infinity : solve((l) => lowerMidTail(x, lawAtLogOdds(n, l)), false);
  return { lower, upper };
}

/** Two-sided exact p-value at π = p (R's `binom.test` "minlike" rule). */
export function exactConditionalP(x: number, law: BinomialLaw): number {
  return binomialTwoSidedP(x, law);
}

/** Two-sided mid-p value at π = p: twice the smaller mid-p tail (epitools' `rate2by2.test`). */
export function midpConditionalP(x: number, law: BinomialLaw): number {
  return Math.min(1, 2 * Math.min(lowerMidTail(x, law), upperMidTail(x, law)));
}
