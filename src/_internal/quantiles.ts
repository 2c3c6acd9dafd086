import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import gammaQuantile from "@stdlib/stats-base-dists-gamma-quantile";
import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";

/** The standard normal quantile for a two-sided level: z such that P(|Z| ≤ z) = level. */
export function zForLevel(level: number): number {
  return normalQuantile(1 - (1 - level) / 2, 0, 1);
}

/** Two-sided p-value of a standard normal statistic. */
export function twoSidedNormalP(z: number): number {
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

/** The p-quantile of Gamma(shape, rate 1); shape 0 is the point mass at 0. */
export function gammaQuantileUnit(p: number, shape: number): number {
  return shape === 0 ? 0 : gammaQuantile(p, shape, 1);
}

/** The p-quantile of Beta(a, b), with a = 0 (mass at 0) and b = 0 (mass at 1) handled. */
export function betaQuantileSafe(p: number, a: number, b: number): number {
  if (a === 0) return 0;
  if (b === 0) return 1;
  return betaQuantile(p, a, b);
}
