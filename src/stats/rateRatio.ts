import { exactConditionalP, exactOddsLimits, midpConditionalP, midpOddsLimits } from "../_internal/conditionalBinomial.js";
import { twoSidedNormalP, zForLevel } from "../_internal/quantiles.js";
import { ratioValue } from "../_internal/ratioStatus.js";
import { checkCountAndPopulation, checkLevel, checkMethod, checkOptions } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import type { Comparison, CountAndPopulation, LevelOption, RatioStatus } from "../types.js";

/** Interval methods for a ratio of two Poisson rates. */
export type RateRatioMethod = "exact" | "mid-p" | "wald";

/** Options for {@link rateRatio}. */
export interface RateRatioOptions extends LevelOption {
  /** Interval method; defaults to `"exact"`. */
  readonly method?: RateRatioMethod;
}

/** The result of {@link rateRatio}. */
export interface RateRatioEstimate extends Comparison<RateRatioMethod, RatioStatus, CountAndPopulation> {
  /** Two-sided p-value for a ratio of 1, by the method used. */
  readonly pValue: number;
}

const METHODS: readonly RateRatioMethod[] = ["exact", "mid-p", "wald"];
const FN = "rateRatio";

/**
 * The ratio of a group's rate to a reference group's rate, (x₁/t₁) ÷ (x₀/t₀), with a
 * confidence interval and a two-sided p-value for a ratio of 1.
 *
 * @remarks
 * The exact and mid-p methods condition on the total m = x₁ + x₀, under which x₁ is
 * Binomial(m, π) with π = θt₁/(θt₁ + t₀); limits for π map back to θ = π/(1 − π)·t₀/t₁.
 * - `"exact"` (default; as R's two-sample `poisson.test`): Clopper–Pearson limits for π
 *   (Clopper & Pearson 1934) and the two-sided "minlike" binomial p-value at π₀ = t₁/(t₁ + t₀).
 * - `"mid-p"` (as epitools' `rateratio(method = "midp")`, but solved to 1e-13 on the log scale):
 *   the lower limit solves ½P(X = x₁) + P(X > x₁) = α/2, the upper ½P(X = x₁) + P(X < x₁) = α/2;
 *   p = 2·min(lower, upper mid-p tail) (Rothman & Greenland 1998).
 * - `"wald"`: exp(ln θ̂ ± z√(1/x₁ + 1/x₀)), with p from z = ln θ̂ / √(1/x₁ + 1/x₀). Undefined when a
 *   count is zero; then the exact method is used and `method` says `"exact"`.
 *
 * The `value` is always the sample ratio (never a median-unbiased estimate). A zero group
 * count gives 0 (`"zero-ratio"`), a zero reference count `Infinity` (`"infinite-ratio"`), and
 * both zero give `null` with limits [0, ∞] and p = 1 (`"undefined-ratio"`).
 *
 * References: Clopper CJ, Pearson ES (1934) Biometrika 26:404–413; Breslow NE, Day NE (1987)
 * Statistical Methods in Cancer Research, vol. II, IARC; Rothman KJ, Greenland S (1998) Modern
 * Epidemiology, 2nd ed.
 *
 * @param group - the group's `{ count, population }` (whole counts for exact and mid-p)
 * @param reference - the reference group's `{ count, population }`
 * @param options - `level` (default 0.95) and `method` (default `"exact"`)
 * @returns a frozen {@link RateRatioEstimate}
 * @throws {@link ArgumentError} for negative or non-finite counts, populations ≤ 0, a level
 *   outside (0, 1), an unknown method, or non-integer counts with the exact or mid-p methods
 *
 * @example
 * ```ts
 * const rr = rateRatio({ count: 41, population: 28010 }, { count: 15, population: 19017 });
 * rr.value // => 1.855759
 * rr.lower // => 1.005684
 * rr.upper // => 3.6093
 * rateRatio({ count: 4, population: 1000 }, { count: 0, population: 2000 }).status // => "infinite-ratio"
 * ```
 */
export function rateRatio(group: CountAndPopulation, reference: CountAndPopulation, options?: RateRatioOptions): RateRatioEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const requested = checkMethod(FN, opts.method, METHODS, "exact");
  const loose = { group: checkCountAndPopulation(FN, "group", group, false), reference: checkCountAndPopulation(FN, "reference", reference, false) };
  const method = requested === "wald" && (loose.group.count === 0 || loose.reference.count === 0) ? "exact" : requested;
  // The conditional methods need whole counts (including a Wald request that fell back to exact).
  const wholeCounts = method !== "wald";
  const g = checkCountAndPopulation(FN, "group", group, wholeCounts);
  const r = checkCountAndPopulation(FN, "reference", reference, wholeCounts);
  const { value, status } = ratioValue(g.count / g.population, r.count / r.population);
  const tail = (1 - level) / 2;
  const scale = r.population / g.population;
  let lower: number;
  let upper: number;
  let pValue: number;
  if (method === "wald") {
    const se = Math.sqrt(1 / g.count + 1 / r.count);
    const logRatio = Math.log(value as number);
    const z = zForLevel(level);
    lower = Math.exp(logRatio - z * se);
    upper = Math.exp(logRatio + z * se);
    pValue = twoSidedNormalP(logRatio / se);
  } else {
    const m = g.count + r.count;
    const odds = method === "exact" ? exactOddsLimits(g.count, m, tail) : midpOddsLimits(g.count, m, tail);
    lower = odds.lower * scale;
    upper = odds.upper * scale;
    const total = g.population + r.population;
    const law = { n: m, p: g.population / total, q: r.population / total };
    pValue = method === "exact" ? exactConditionalP(g.count, law) : midpConditionalP(g.count, law);
  }
  return freezeResult({ value, lower, upper, level, method, status, pValue, group: g, reference: r });
}
