import { crossRatioInterval } from "../_internal/crossRatioInterval.js";
import { freezeResult } from "../_internal/freeze.js";
import { changeDirection, percentChange } from "../_internal/periodComparison.js";
import { checkPeriodCount } from "../_internal/periodCount.js";
import { ratioValue } from "../_internal/ratioStatus.js";
import { checkLevel, checkMethod, checkOptions, checkPositive, checkRecord } from "../_internal/validate.js";
import { rateRatio, type RateRatioEstimate } from "../stats/rateRatio.js";
import type { LevelOption, RatioStatus } from "../types.js";
import type { ChangeDirection, PercentChange, PeriodCount, PeriodRate } from "./types.js";

/** Interval methods for a ratio of rate ratios: chosen by the counts, the delta method, or exact conditional. */
export type CompareRatiosMethod = "auto" | "wald" | "exact";

/** A disproportionality ratio's two sides in one period: the group and the reference group. */
export interface RatioPeriod {
  /** The group's count and person-time (e.g. searches of Black people). */
  readonly group: PeriodCount;
  /** The reference group's count and person-time (e.g. searches of White people). */
  readonly reference: PeriodCount;
}

/** Options for {@link compareRatios}. */
export interface CompareRatiosOptions extends LevelOption {
  /** `"auto"` (default: `"exact"` when any count is below 10, else `"wald"`), `"wald"` or `"exact"`. */
  readonly method?: CompareRatiosMethod;
  /** Rates are per this many person-years; defaults to 1000. */
  readonly per?: number;
}

/** One period of a {@link compareRatios} result: its rates and its own rate ratio. */
export interface RatioPeriodResult {
  /** The group's count, person-years and rate. */
  readonly group: PeriodRate;
  /** The reference group's count, person-years and rate. */
  readonly reference: PeriodRate;
  /** The period's rate ratio, group ÷ reference, by {@link rateRatio} (exact) at the same level. */
  readonly ratio: Pick<RateRatioEstimate, "value" | "lower" | "upper" | "status">;
}

/** The result of {@link compareRatios}. */
export interface RatioComparison {
  /** The ratio of rate ratios, after ÷ before; `null` when undefined (0/0). */
  readonly value: number | null;
  /** The lower confidence limit. */
  readonly lower: number;
  /** The upper confidence limit (may be `Infinity`). */
  readonly upper: number;
  /** The two-sided confidence level. */
  readonly level: number;
  /** The method used: `"wald"` (delta method on the log scale) or `"exact"` (conditional). */
  readonly method: "wald" | "exact";
  /** `"ok"`, or which way the ratio of ratios is degenerate. */
  readonly status: RatioStatus;
  /** Two-sided p-value for no change in the ratio (a ratio of ratios of 1), by the method used. */
  readonly pValue: number;
  /** The ratio of ratios as a percentage change, with limits. */
  readonly percentChange: PercentChange;
  /** `"higher"`/`"lower"` when the interval excludes 1, else `"similar"`. */
  readonly comparison: ChangeDirection;
  /** The smallest of the four counts (the `"auto"` method uses exact below 10). */
  readonly smallestCount: number;
  /** Rates are per this many person-years. */
  readonly per: number;
  /** The earlier period. */
  readonly before: RatioPeriodResult;
  /** The later period. */
  readonly after: RatioPeriodResult;
}

const FN = "compareRatios";
const METHODS: readonly CompareRatiosMethod[] = ["auto", "wald", "exact"];
/** Below this count the "auto" method uses the exact conditional interval (PHE's rule for exact limits). */
const SMALL = 10;

function period(param: string, value: unknown, per: number, level: number) {
  const record = checkRecord(FN, param, value);
  const group = checkPeriodCount(FN, `${param}.group`, record["group"], per);
  const reference = checkPeriodCount(FN, `${param}.reference`, record["reference"], per);
  const rr = rateRatio({ count: group.count, population: group.exposure }, { count: reference.count, population: reference.exposure }, { level });
  return { group, reference, ratio: { value: rr.value, lower: rr.lower, upper: rr.upper, status: rr.status } };
}

/**
 * The change in a disproportionality ratio between two periods — "the Black/White search ratio fell
 * from 9.4 to 7.1" — as the ratio of the two rate ratios, with an interval and a p-value for no change.
 *
 * @remarks
 * With counts a₁, b₁ (group, reference) over person-years s₁, t₁ before and a₂, b₂ over s₂, t₂ after,
 * ψ = (a₂/s₂ ÷ b₂/t₂) ÷ (a₁/s₁ ÷ b₁/t₁), which is exp(interaction) in the Poisson model
 * `count ~ group * period + offset(log(person-years))`.
 * - `"wald"`: the delta method on the log scale (Altman & Bland 2003), ln ψ ± z·√(1/a₁ + 1/b₁ + 1/a₂ + 1/b₂),
 *   and p from z = ln ψ / SE — the Wald interval of that interaction (R's `confint.default`).
 * - `"exact"`: conditional on the group's total a₁ + a₂ and each period's total, a₂ follows Fisher's
 *   noncentral hypergeometric law with odds ratio ψ·(s₂/t₂)/(s₁/t₁) — the exact conditional
 *   inference for the interaction term (Breslow & Day 1987). The limits are Fisher's for the
 *   2×2 table [[a₂, b₂], [a₁, b₁]] (as R's `fisher.test`), scaled by (t₂/s₂)/(t₁/s₁); p is the two-sided
 *   "minlike" probability at ψ = 1. Conservative, and valid with small or zero counts.
 * - `"auto"` (default): exact when any of the four counts is below 10, otherwise Wald. A Wald request
 *   with a zero count falls back to exact; `method` says which was used.
 *
 * A zero a₂ or b₁ gives ψ = 0 (`"zero-ratio"`), a zero a₁ or b₂ gives `Infinity` (`"infinite-ratio"`),
 * and both give `null` with `"undefined-ratio"`. Each period's own ratio is reported by
 * {@link rateRatio} (exact). Counts use person-time (see {@link exposure}), so periods of different
 * length compare fairly; with the same population in both periods the populations cancel. The test is
 * of the ratio only: a ratio can stay the same while both rates fall.
 *
 * References: Altman DG, Bland JM (2003) Interaction revisited: the difference between two estimates,
 * BMJ 326:219; Breslow NE, Day NE (1987) Statistical Methods in Cancer Research, vol. II, IARC.
 *
 * @param before - the earlier period's `{ group, reference }`, each `{ count, exposure }` or `{ count, population, period? }`
 * @param after - the later period, in the same form
 * @param options - `level` (0.95), `method` (`"auto"`), `per` (1000)
 * @returns a frozen {@link RatioComparison}
 * @throws {@link ArgumentError} for counts that are not whole numbers ≥ 0, exposures or populations
 *   ≤ 0, both or neither of exposure and population, an unknown period, level or method
 *
 * @example
 * ```ts
 * const black = 3185, white = 554377;
 * const change = compareRatios(
 *   { group: { count: 111, population: black }, reference: { count: 2054, population: white } },
 *   { group: { count: 70, population: black }, reference: { count: 1657, population: white } },
 * );
 * change.before.ratio.value // => 9.41
 * change.after.ratio.value // => 7.35
 * change.value // => 0.782
 * change.comparison // => "similar"
 * change.method // => "wald"
 * ```
 */
export function compareRatios(before: RatioPeriod, after: RatioPeriod, options?: CompareRatiosOptions): RatioComparison {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const requested = checkMethod(FN, opts.method, METHODS, "auto");
  const per = opts.per === undefined ? 1000 : checkPositive(FN, "options.per", opts.per);
  const one = period("before", before, per, level);
  const two = period("after", after, per, level);
  const [a1, b1, a2, b2] = [one.group.count, one.reference.count, two.group.count, two.reference.count];
  const smallestCount = Math.min(a1, b1, a2, b2);
  const method = requested === "exact" || smallestCount === 0 || (requested === "auto" && smallestCount < SMALL) ? "exact" : "wald";
  // ψ = (a₂·b₁)/(b₂·a₁) × scale, where scale = (t₂/s₂)/(t₁/s₁) carries the person-time.
  const scale = (two.reference.exposure / two.group.exposure) / (one.reference.exposure / one.group.exposure);
  const { value, status } = ratioValue(a2 * b1 * scale, b2 * a1);
  // The counts as a 2×2 table: its odds ratio, scaled by the person-time, is ψ.
  const { lower, upper, pValue } = crossRatioInterval(a2, b2, a1, b1, value as number, method === "exact", level, scale);
  const percent = percentChange(value, lower, upper);
  return freezeResult({ value, lower, upper, level, method, status, pValue, percentChange: percent, comparison: changeDirection(lower, upper), smallestCount, per, before: one, after: two });
}
