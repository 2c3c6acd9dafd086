import { exactCountLimits } from "../_internal/poissonLimits.js";
import { zForLevel } from "../_internal/quantiles.js";
import { checkCountAndPopulation, checkLevel, checkOptions, checkPositive } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import type { CountAndPopulation, Interval, LevelOption } from "../types.js";

/** Options for {@link rateDifference}. */
export interface RateDifferenceOptions extends LevelOption {
  /** The multiplier: a difference in rates per `per` people; defaults to 1,000. */
  readonly per?: number;
}

/** `"wald"`, or `"exact-bounds"` when both counts are zero (see {@link rateDifference}). */
export type RateDifferenceMethod = "wald" | "exact-bounds";

/** `"ok"`, or `"zero-count"` when both counts are zero. */
export type RateDifferenceStatus = "ok" | "zero-count";

/** The result of {@link rateDifference}. */
export interface RateDifferenceEstimate extends Interval<RateDifferenceMethod, RateDifferenceStatus> {
  /** The multiplier the difference is expressed per. */
  readonly per: number;
  /** The group's inputs, as given. */
  readonly group: Readonly<CountAndPopulation>;
  /** The reference group's inputs, as given. */
  readonly reference: Readonly<CountAndPopulation>;
}

const FN = "rateDifference";

/**
 * The difference of two rates, (x₁/t₁ − x₀/t₀) × per, with a Wald confidence interval.
 *
 * @remarks
 * Wald: d ± z√(x₁/t₁² + x₀/t₀²) × per (Rothman & Greenland 1998). When both counts are zero the
 * Wald variance is zero and the interval would collapse to a point; instead the limits are
 * minus the reference's and plus the group's exact (Garwood 1936) upper rate limits at the same
 * level, `method` says `"exact-bounds"` and `status` `"zero-count"`.
 *
 * References: Rothman KJ, Greenland S (1998) Modern Epidemiology, 2nd ed., ch. 14; Garwood F
 * (1936) Biometrika 28:437–442.
 *
 * @param group - the group's `{ count, population }`
 * @param reference - the reference group's `{ count, population }`
 * @param options - `per` (default 1000) and `level` (default 0.95)
 * @returns a frozen {@link RateDifferenceEstimate}
 * @throws {@link ArgumentError} for negative or non-finite counts, populations ≤ 0, `per` ≤ 0 or a
 *   level outside (0, 1)
 *
 * @example
 * ```ts
 * const d = rateDifference({ count: 60, population: 20000 }, { count: 30, population: 30000 });
 * d.value // => 2
 * d.lower // => 1.160794
 * d.upper // => 2.839206
 * ```
 */
export function rateDifference(group: CountAndPopulation, reference: CountAndPopulation, options?: RateDifferenceOptions): RateDifferenceEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const per = opts.per === undefined ? 1000 : checkPositive(FN, "options.per", opts.per);
  const g = checkCountAndPopulation(FN, "group", group, false);
  const r = checkCountAndPopulation(FN, "reference", reference, false);
  const value = (g.count / g.population - r.count / r.population) * per;
  const base = { value, level, per, group: g, reference: r };
  if (g.count === 0 && r.count === 0) {
    const upperCount = exactCountLimits(0, (1 - level) / 2).upper;
    const lower = (-upperCount / r.population) * per;
    const upper = (upperCount / g.population) * per;
    return freezeResult({ ...base, lower, upper, method: "exact-bounds", status: "zero-count" });
  }
  const halfWidth = zForLevel(level) * Math.sqrt(g.count / g.population ** 2 + r.count / r.population ** 2) * per;
  return freezeResult({ ...base, lower: value - halfWidth, upper: value + halfWidth, method: "wald", status: "ok" });
}
