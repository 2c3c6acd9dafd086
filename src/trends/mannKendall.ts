import { checkChoice } from "../_internal/checkChoice.js";
import { checkSeries, checkTimes } from "../_internal/checkSeries.js";
import { freezeResult } from "../_internal/freeze.js";
import { kendallExactTails } from "../_internal/kendallExact.js";
import { kendallScore } from "../_internal/kendallScore.js";
import { normalTails } from "../_internal/normalTails.js";
import { senSlope } from "../_internal/senSlope.js";
import { checkLevel, checkOptions } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import type { LevelOption } from "../types.js";

/** The alternative hypothesis of {@link mannKendall}: any monotonic trend, an upward one, or a downward one. */
export type MannKendallAlternative = "two.sided" | "greater" | "less";

/** How {@link mannKendall}'s p-value was found. */
export type MannKendallMethod = "normal" | "exact";

/** Whether {@link mannKendall} could test the series: `"too-few-values"` below 3 values, `"no-variation"` when all are equal. */
export type MannKendallStatus = "ok" | "too-few-values" | "no-variation";

/** Options for {@link mannKendall}. */
export interface MannKendallOptions extends LevelOption {
  /** The alternative hypothesis; defaults to `"two.sided"`. */
  readonly alternative?: MannKendallAlternative;
  /** Exact p-value from the permutation distribution of S when n ≤ 10 and no values tie; defaults to `false`. */
  readonly exact?: boolean;
  /** Strictly increasing times of the values, for Sen's slope per unit time; defaults to 1, 2, …, n. */
  readonly times?: readonly number[];
}

/** The result of {@link mannKendall}. Fields that cannot be computed are `null`, and `status` says why. */
export interface MannKendallResult {
  /** The Mann–Kendall score S = Σ_{i<j} sgn(x_j − x_i). */
  readonly s: number;
  /** Var(S) under no trend, ties corrected. */
  readonly variance: number;
  /** sgn(S)(|S| − 1)/√Var(S), continuity corrected; 0 when S = 0; `null` below 3 values. */
  readonly z: number | null;
  /** The p-value for the chosen alternative; `null` below 3 values. */
  readonly pValue: number | null;
  /** Kendall's τ as `trend::mk.test`: S/D, D = √(N − Σt(t−1)/2)·√N; `null` below 3 values or with no variation. */
  readonly tau: number | null;
  /** Sen's slope, the median pairwise slope per unit time; `null` below 3 values. */
  readonly senSlope: number | null;
  /** The lower limit of Sen's slope (as `scipy.stats.theilslopes`); `null` below 3 values. */
  readonly senSlopeLower: number | null;
  /** The upper limit of Sen's slope; `null` below 3 values. */
  readonly senSlopeUpper: number | null;
  /** The number of values. */
  readonly n: number;
  /** The confidence level of Sen's interval. */
  readonly level: number;
  /** The alternative hypothesis tested. */
  readonly alternative: MannKendallAlternative;
  /** `"exact"` when the exact p-value was requested and possible, otherwise `"normal"`. */
  readonly method: MannKendallMethod;
  /** `"ok"`, `"too-few-values"` or `"no-variation"`. */
  readonly status: MannKendallStatus;
}

const FN = "mannKendall";
const ALTERNATIVES: readonly MannKendallAlternative[] = ["two.sided", "greater", "less"];
/** The longest series for which the exact p-value is offered. */
const EXACT_MAX = 10;

/**
 * The Mann–Kendall test for a monotonic trend in a series, with Sen's slope and its interval.
 *
 * @remarks
 * As R's `trend::mk.test` (continuity = TRUE): S = Σ_{i<j} sgn(x_j − x_i);
 * Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over the groups of t tied values;
 * z = (S − 1)/√Var(S) for S > 0, (S + 1)/√Var(S) for S < 0 and 0 for S = 0; p from the normal
 * distribution (two-sided 2·P(Z ≥ |z|), capped at 1; `"greater"` P(Z ≥ z); `"less"` P(Z ≤ z)).
 * τ = S/D with D = √(N − Σt(t−1)/2)·√N and N = n(n−1)/2: Kendall's τ-b against time, which is
 * τ-a = S/N when no values tie. With `exact: true`, n ≤ 10 and no ties, p comes from the exact
 * permutation distribution of S (as R's `cor.test(x, seq_along(x), method = "kendall", exact = TRUE)`);
 * otherwise the normal approximation is used and `method` says `"normal"`.
 *
 * Sen's slope is the median of (x_j − x_i)/(t_j − t_i) over i < j, with the rank interval of
 * Sen (1968) exactly as `scipy.stats.theilslopes`: C = z_{(1+level)/2}·√Var(S), limits the sorted
 * slopes at 0-based indices round((N − C)/2) − 1 and round((N + C)/2) (half to even), clipped
 * to the slopes. Default `level` 0.95; times 1, 2, …, n unless given.
 *
 * Below 3 values (`"too-few-values"`) only S, Var(S) and n are given. When all values are equal
 * (`"no-variation"`) S = 0, Var(S) = 0, z = 0, p = 1, τ is `null` and the slope and its limits are 0.
 *
 * References: Mann HB (1945) Econometrica 13:245–259; Kendall MG (1975) Rank Correlation Methods,
 * 4th ed., Griffin; Sen PK (1968) JASA 63:1379–1389; Hirsch RM, Slack JR, Smith RA (1982) Water
 * Resources Research 18:107–121.
 *
 * @param values - the series in time order (finite numbers, no missing values)
 * @param options - `alternative` (default `"two.sided"`), `exact` (default `false`), `level` (default 0.95), `times`
 * @returns a frozen {@link MannKendallResult}
 * @throws {@link ArgumentError} for a non-array or a non-finite value, times that are not strictly
 *   increasing or not one per value, a level outside (0, 1), an unknown alternative or a non-boolean `exact`
 *
 * @example
 * ```ts
 * const mk = mannKendall([5, 7, 6, 9, 8, 11, 12, 10, 14, 13]);
 * mk.s // => 35
 * mk.variance // => 125
 * mk.z // => 3.041052
 * mk.pValue // => 0.002358
 * mk.tau // => 0.777778
 * [mk.senSlope, mk.senSlopeLower, mk.senSlopeUpper] // => [1, 0.666667, 1.2]
 * mannKendall([5, 7, 6, 9, 8, 11, 12, 10, 14, 13], { exact: true }).pValue // => 0.000946
 * mannKendall([4, 4, 4]).status // => "no-variation"
 * ```
 */
export function mannKendall(values: readonly number[], options?: MannKendallOptions): MannKendallResult {
  const opts = checkOptions(FN, options);
  const series = checkSeries(FN, "values", values);
  const level = checkLevel(FN, opts.level);
  const alternative = checkChoice(FN, "options.alternative", opts.alternative, ALTERNATIVES, "two.sided");
  if (opts.exact !== undefined && typeof opts.exact !== "boolean") throw new ArgumentError(FN, "options.exact", "must be true or false", opts.exact);
  const n = series.length;
  const times = checkTimes(FN, opts.times, n);
  const { s, variance, tiedPairs, ties } = kendallScore(series);
  const method: MannKendallMethod = opts.exact === true && n >= 3 && n <= EXACT_MAX && !ties ? "exact" : "normal";
  const base = { s, variance, n, level, alternative, method };
  if (n < 3) {
    const none = { z: null, pValue: null, tau: null, senSlope: null, senSlopeLower: null, senSlopeUpper: null };
    return freezeResult({ ...base, ...none, status: "too-few-values" });
  }
  const sen = senSlope(series, times, variance, level);
  const slopes = { senSlope: sen.slope, senSlopeLower: sen.lower, senSlopeUpper: sen.upper };
  if (variance === 0) return freezeResult({ ...base, z: 0, pValue: 1, tau: null, ...slopes, status: "no-variation" });
  const z = s === 0 ? 0 : (Math.sign(s) * (Math.abs(s) - 1)) / Math.sqrt(variance);
  const pairs = (n * (n - 1)) / 2;
  const tau = s / (Math.sqrt(pairs - tiedPairs) * Math.sqrt(pairs));
  const tails = method === "exact" ? kendallExactTails(s, n) : normalTails(z);
  const pValue = alternative === "greater" ? tails.upper : alternative === "less" ? tails.lower : Math.min(1, 2 * Math.min(tails.upper, tails.lower));
  return freezeResult({ ...base, z, pValue, tau, ...slopes, status: "ok" });
}
