import { gammaQuantileUnit } from "./quantiles.js";
import { findRootBeyond } from "./findRoot.js";
import { poissonAtLeast, poissonAtMost } from "./poissonTail.js";

/** Limits for a Poisson count. */
export interface CountLimits {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Exact (Garwood 1936) limits for a Poisson count O: χ²(α/2; 2O)/2 and χ²(1 − α/2; 2O + 2)/2,
 * i.e. the means λ with P(X ≥ O; λ) = α/2 and P(X ≤ O; λ) = α/2; the lower limit is 0 at O = 0.
 * The gamma quantile gives the starting point; Brent's method on the summed Poisson tail
 * (on the log scale, to 1e-14) gives the limit to full precision for any count.
 */
export function exactCountLimits(count: number, tail: number): CountLimits {
  const lower = count === 0 ? 0 : solveMean((mean) => poissonAtLeast(count, mean) - tail, gammaQuantileUnit(tail, count));
  const upper = solveMean((mean) => tail - poissonAtMost(count, mean), gammaQuantileUnit(1 - tail, count + 1));
  return { lower, upper };
}

/** The mean where an increasing function of the mean crosses 0, searched from a close start. */
function solveMean(increasing: (mean: number) => number, start: number): number {
  const f = (logMean: number) => increasing(Math.exp(logMean));
  const at = Math.log(start);
  const atStart = f(at);
  return Math.exp(findRootBeyond(f, at, atStart, atStart > 0 ? -1 : 1, 1e-14));
}

/**
 * Byar's approximation (Breslow & Day 1987) in the PHE form: O(1 − 1/(9O) − z/(3√O))³ and
 * (O + 1)(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³. The lower limit is 0 at O = 0, and where the
 * cube would be negative (tiny O at high levels) it is truncated to 0.
 */
export function byarCountLimits(count: number, z: number): CountLimits {
  const next = count + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  if (count === 0) return { lower: 0, upper };
  const lower = count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  return { lower: Math.max(0, lower), upper };
}
