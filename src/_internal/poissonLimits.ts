import { gammaQuantileUnit } from "./quantiles.js";

/** Limits for a Poisson count. */
export interface CountLimits {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Exact (Garwood 1936) limits for a Poisson count O: χ²(α/2; 2O)/2 and χ²(1 − α/2; 2O + 2)/2,
 * written as gamma quantiles; the lower limit is 0 at O = 0.
 */
export function exactCountLimits(count: number, tail: number): CountLimits {
  return { lower: gammaQuantileUnit(tail, count), upper: gammaQuantileUnit(1 - tail, count + 1) };
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
