import betainc from "@stdlib/math-base-special-betainc";
import { betaQuantileSafe } from "./quantiles.js";

// Student's t through the incomplete beta function: for T on ν degrees of freedom (ν may be
// fractional, as Welch's is), P(|T| > t) = I_x(ν/2, 1/2) with x = ν/(ν + t²).

/** The t quantile for a two-sided level on `df` degrees of freedom: t with P(|T| ≤ t) = level. */
export function tForLevel(level: number, df: number): number {
  const x = betaQuantileSafe(1 - level, df / 2, 0.5);
  return Math.sqrt((df * (1 - x)) / x);
}

/** The two-sided p-value of a t statistic on `df` degrees of freedom. */
export function twoSidedTP(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return Math.min(1, betainc(df / (df + t * t), df / 2, 0.5));
}
