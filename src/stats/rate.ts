import { byarCountLimits, exactCountLimits } from "../_internal/poissonLimits.js";
import { zForLevel } from "../_internal/quantiles.js";
import { checkCount, checkLevel, checkMethod, checkNonNegative, checkOptions, checkPositive } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import type { Interval, LevelOption } from "../types.js";

/** Interval methods for a rate; `"auto"` is the PHE rule (exact below 10, Byar from 10). */
export type RateMethod = "auto" | "byar" | "exact" | "wald";

/** Options for {@link rate}. */
export interface RateOptions extends LevelOption {
  /** The multiplier: a rate per `per` people; defaults to 1,000. */
  readonly per?: number;
  /** Interval method; defaults to `"auto"`. */
  readonly method?: RateMethod;
}

/** `"ok"` or `"zero-count"`. */
export type RateStatus = "ok" | "zero-count";

/** The result of {@link rate}. */
export interface RateEstimate extends Interval<Exclude<RateMethod, "auto">, RateStatus> {
  /** The count of events, O. */
  readonly count: number;
  /** The population (or person-time) at risk. */
  readonly population: number;
  /** The multiplier the rate is expressed per. */
  readonly per: number;
}

const METHODS: readonly RateMethod[] = ["auto", "byar", "exact", "wald"];
const FN = "rate";

/**
 * A crude rate, count ÷ population × per, with a two-sided confidence interval for the
 * underlying Poisson count.
 *
 * @remarks
 * With O the count and z the normal quantile for the level:
 * - `"auto"` (default): the PHE rule of `phe_rate` — `"exact"` when O < 10, `"byar"` from 10.
 *   `method` in the result says which was used.
 * - `"byar"` (Byar's approximation, Breslow & Day 1987, in PHE's form): lower
 *   O(1 − 1/(9O) − z/(3√O))³, upper (O + 1)(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³. Not epitools'
 *   `pois.byar`, which uses O + ½ in both. A negative lower limit (tiny O at high levels) is
 *   truncated to 0.
 * - `"exact"` (Garwood 1936): χ²(α/2; 2O)/2 and χ²(1 − α/2; 2O + 2)/2, with lower = 0 at O = 0.
 * - `"wald"`: O ± z√O, with the lower limit floored at 0. At O = 0 its width is zero, so the
 *   exact interval is returned instead and `method` says `"exact"`.
 *
 * The count limits are divided by the population and multiplied by `per`.
 *
 * References: Breslow NE, Day NE (1987) Statistical Methods in Cancer Research, vol. II, IARC;
 * Garwood F (1936) Biometrika 28:437–442; Public Health England, PHEindicatormethods `phe_rate`.
 *
 * @param count - events: a non-negative number (a whole number when the exact method is used)
 * @param population - population or person-time at risk: greater than 0
 * @param options - `per` (default 1000), `level` (default 0.95), `method` (default `"auto"`)
 * @returns a frozen {@link RateEstimate}
 * @throws {@link ArgumentError} for a negative or non-finite count, population ≤ 0, `per` ≤ 0, a
 *   level outside (0, 1), an unknown method, or a non-integer count with the exact method
 *
 * @example
 * ```ts
 * const r = rate(65, 100000, { per: 100000 });
 * r.method // => "byar"
 * r.lower // => 50.16319
 * r.upper // => 82.84914
 * rate(0, 500).upper // => 7.377759
 * ```
 */
export function rate(count: number, population: number, options?: RateOptions): RateEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const requested = checkMethod(FN, opts.method, METHODS, "auto");
  const per = opts.per === undefined ? 1000 : checkPositive(FN, "options.per", opts.per);
  let observed = checkNonNegative(FN, "count", count);
  const people = checkPositive(FN, "population", population);
  const method = resolveMethod(requested, observed);
  if (method === "exact") observed = checkCount(FN, "count", observed, " for the exact method");
  const limits = countLimits(method, observed, level);
  const scale = per / people;
  return freezeResult({
    value: observed * scale,
    lower: limits.lower * scale,
    upper: limits.upper * scale,
    level,
    method,
    status: observed === 0 ? "zero-count" : "ok",
    count: observed,
    population: people,
    per,
  });
}

function resolveMethod(requested: RateMethod, count: number): Exclude<RateMethod, "auto"> {
  if (requested === "auto") return count < 10 ? "exact" : "byar";
  if (requested === "wald" && count === 0) return "exact";
  return requested;
}

function countLimits(method: Exclude<RateMethod, "auto">, count: number, level: number) {
  const z = zForLevel(level);
  if (method === "exact") return exactCountLimits(count, (1 - level) / 2);
  if (method === "byar") return byarCountLimits(count, z);
  const halfWidth = z * Math.sqrt(count);
  return { lower: Math.max(0, count - halfWidth), upper: count + halfWidth };
}
