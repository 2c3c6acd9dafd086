import { checkChoice } from "../_internal/checkChoice.js";
import { freezeResult } from "../_internal/freeze.js";
import { assess, changeDirection, percentChange } from "../_internal/periodComparison.js";
import { checkPeriodCount } from "../_internal/periodCount.js";
import { checkLevel, checkMethod, checkOptions, checkPositive } from "../_internal/validate.js";
import { rateRatio, type RateRatioMethod } from "../stats/rateRatio.js";
import type { LevelOption, RatioStatus } from "../types.js";
import type { ChangeDirection, PercentChange, PeriodCount, PeriodRate } from "./types.js";

/** Which direction of change is an improvement: a rise, a fall, or neither (e.g. search rates). */
export type ImprovementDirection = "increase" | "decrease" | "neither";

/** Whether a change is an improvement, given {@link ImprovementDirection}. */
export type ChangeAssessment = "better" | "similar" | "worse" | "not-applicable";

/** Options for {@link compareToBaseline}. */
export interface CompareToBaselineOptions extends LevelOption {
  /** Interval method for the rate ratio, as {@link rateRatio}; defaults to `"exact"`. */
  readonly method?: RateRatioMethod;
  /** Which direction is better; defaults to `"neither"`. */
  readonly improvement?: ImprovementDirection;
  /** Rates are per this many person-years; defaults to 1000. */
  readonly per?: number;
}

/** The result of {@link compareToBaseline}. */
export interface BaselineComparison {
  /** The rate ratio, current ÷ baseline; `null` when both counts are zero. */
  readonly value: number | null;
  /** The lower confidence limit of the rate ratio. */
  readonly lower: number;
  /** The upper confidence limit of the rate ratio (may be `Infinity`). */
  readonly upper: number;
  /** The two-sided confidence level. */
  readonly level: number;
  /** The interval method used (as {@link rateRatio} reports it). */
  readonly method: RateRatioMethod;
  /** `"ok"`, or which way the ratio is degenerate (see {@link RatioStatus}). */
  readonly status: RatioStatus;
  /** Two-sided p-value for no change (a ratio of 1). */
  readonly pValue: number;
  /** The ratio as a percentage change, with limits. */
  readonly percentChange: PercentChange;
  /** `"higher"` when the interval is wholly above 1, `"lower"` when wholly below, else `"similar"`. */
  readonly comparison: ChangeDirection;
  /** The improvement direction used. */
  readonly improvement: ImprovementDirection;
  /** `"better"`/`"worse"` for a higher or lower rate in the light of `improvement`, `"similar"`, or `"not-applicable"` when `improvement` is `"neither"`. */
  readonly assessment: ChangeAssessment;
  /** Rates are per this many person-years. */
  readonly per: number;
  /** The current period's count, person-years and rate. */
  readonly current: PeriodRate;
  /** The baseline period's count, person-years and rate. */
  readonly baseline: PeriodRate;
}

const FN = "compareToBaseline";
const METHODS: readonly RateRatioMethod[] = ["exact", "mid-p", "wald"];
const DIRECTIONS: readonly ImprovementDirection[] = ["increase", "decrease", "neither"];

/**
 * Compares a rate in a current period with the rate in a baseline period (e.g. a quarter of 2023/24
 * against 2019/20): the rate ratio with its interval and p-value, the percentage change, and a
 * Fingertips-style verdict — `"higher"` or `"lower"` when the interval excludes 1, otherwise `"similar"`.
 *
 * @remarks
 * Each period is `{ count, exposure }` in person-years, or `{ count, population, period }`, which
 * becomes population × the period's length in years (see {@link exposure}): periods of different
 * length are made comparable by scaling the person-time, never the counts, so a quarter's 120 searches
 * against an annual population of 3,185 is a rate over 796.25 person-years. The ratio is
 * {@link rateRatio}(current, baseline) on person-years, exact by default (R's `poisson.test`), so the
 * interval at `level` and the classification agree with its p-value (at level 0.95, `"similar"`
 * exactly when p ≥ 0.05 for the exact and mid-p methods up to the root-finding tolerance). The
 * percentage change is (ratio − 1) × 100 with the limits mapped alike. With `improvement` set, a
 * higher rate is `"better"` when an increase is good and `"worse"` when a decrease is; `"neither"`
 * (the default) gives `"not-applicable"`.
 *
 * Zero counts return a status as {@link rateRatio} does: both zero give `value: null`, limits [0, ∞],
 * `"similar"`. Rates are per `per` (default 1,000) person-years.
 *
 * Reference: Office for Health Improvement and Disparities, Fingertips technical guidance
 * ("Comparisons with benchmarks"); Breslow NE, Day NE (1987) Statistical Methods in Cancer
 * Research, vol. II, IARC.
 *
 * @param current - the current period: `{ count, exposure }` or `{ count, population, period? }`
 * @param baseline - the baseline period, in the same form
 * @param options - `level` (0.95), `method` (`"exact"`), `improvement` (`"neither"`), `per` (1000)
 * @returns a frozen {@link BaselineComparison}
 * @throws {@link ArgumentError} for counts that are not whole numbers ≥ 0, exposures or populations
 *   ≤ 0, both or neither of exposure and population, an unknown period, level, method or improvement
 *
 * @example
 * ```ts
 * const c = compareToBaseline({ count: 30, population: 3185, period: "2021/22 Q1" }, { count: 111, population: 3185, period: "2019/20" });
 * c.current.rate // => 37.68
 * c.value // => 1.081
 * c.percentChange.value // => 8.1
 * c.comparison // => "similar"
 * compareToBaseline({ count: 50, exposure: 1000 }, { count: 100, exposure: 1000 }, { improvement: "decrease" }).assessment // => "better"
 * ```
 */
export function compareToBaseline(current: PeriodCount, baseline: PeriodCount, options?: CompareToBaselineOptions): BaselineComparison {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const method = checkMethod(FN, opts.method, METHODS, "exact");
  const improvement = checkChoice(FN, "options.improvement", opts.improvement, DIRECTIONS, "neither");
  const per = opts.per === undefined ? 1000 : checkPositive(FN, "options.per", opts.per);
  const now = checkPeriodCount(FN, "current", current, per);
  const before = checkPeriodCount(FN, "baseline", baseline, per);
  const rr = rateRatio({ count: now.count, population: now.exposure }, { count: before.count, population: before.exposure }, { level, method });
  const comparison = changeDirection(rr.lower, rr.upper);
  return freezeResult({
    value: rr.value,
    lower: rr.lower,
    upper: rr.upper,
    level,
    method: rr.method,
    status: rr.status,
    pValue: rr.pValue,
    percentChange: percentChange(rr.value, rr.lower, rr.upper),
    comparison,
    improvement,
    assessment: assess(comparison, improvement),
    per,
    current: now,
    baseline: before,
  });
}
