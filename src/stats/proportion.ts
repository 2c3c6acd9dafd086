import { betaQuantileSafe, zForLevel } from "../_internal/quantiles.js";
import { checkCount, checkLevel, checkMethod, checkNonNegative, checkOptions, checkPositive } from "../_internal/validate.js";
import { wilsonLimits } from "../_internal/wilson.js";
import { freezeResult } from "../_internal/freeze.js";
import { ArgumentError } from "../errors.js";
import type { Interval, LevelOption } from "../types.js";

/** Interval methods for a single proportion. */
export type ProportionMethod = "wilson" | "exact" | "jeffreys" | "agresti-coull" | "wald";

/** Options for {@link proportion}. */
export interface ProportionOptions extends LevelOption {
  /** Interval method; defaults to `"wilson"`. */
  readonly method?: ProportionMethod;
}

/** `"ok"`, `"zero-count"` (no events) or `"full-count"` (every unit had the event). */
export type ProportionStatus = "ok" | "zero-count" | "full-count";

/** The result of {@link proportion}. */
export interface ProportionEstimate extends Interval<ProportionMethod, ProportionStatus> {
  /** The number of events, x. */
  readonly numerator: number;
  /** The number of units, n. */
  readonly denominator: number;
}

const METHODS: readonly ProportionMethod[] = ["wilson", "exact", "jeffreys", "agresti-coull", "wald"];
const FN = "proportion";

/**
 * A proportion x/n (as a fraction) with a two-sided confidence interval.
 *
 * @remarks
 * With z the normal quantile for the level and α = 1 − level:
 * - `"wilson"` (default; Wilson 1927, as PHE's `phe_proportion`):
 *   (2x + z² ± z√(z² + 4x(1 − x/n))) / (2(n + z²)). Accepts non-integer x.
 * - `"exact"` (Clopper & Pearson 1934): Beta(α/2; x, n − x + 1) and Beta(1 − α/2; x + 1, n − x),
 *   with 0 at x = 0 and 1 at x = n.
 * - `"jeffreys"` (Brown, Cai & DasGupta 2001): the α/2 and 1 − α/2 quantiles of
 *   Beta(x + ½, n − x + ½), except lower = 0 at x = 0 and upper = 1 at x = n.
 * - `"agresti-coull"` (Agresti & Coull 1998): p̃ ± z√(p̃(1 − p̃)/ñ) with ñ = n + z² and
 *   p̃ = (x + z²/2)/ñ, clipped to [0, 1].
 * - `"wald"`: p ± z√(p(1 − p)/n), clipped to [0, 1]. At x = 0 or x = n its width is zero, so
 *   the Wilson interval is returned instead and `method` says `"wilson"`.
 *
 * References: Wilson EB (1927) JASA 22:209–212; Clopper CJ, Pearson ES (1934) Biometrika
 * 26:404–413; Agresti A, Coull BA (1998) Am Stat 52:119–126; Brown LD, Cai TT, DasGupta A (2001)
 * Stat Sci 16:101–133.
 *
 * @param numerator - events, x: from 0 to `denominator` (a whole number for `"exact"`)
 * @param denominator - units, n: greater than 0 (a whole number for `"exact"`)
 * @param options - `level` (default 0.95) and `method` (default `"wilson"`)
 * @returns a frozen {@link ProportionEstimate}
 * @throws {@link ArgumentError} for a negative or non-finite input, x > n, n ≤ 0, a level outside
 *   (0, 1), an unknown method, or non-integer inputs with `"exact"`
 *
 * @example
 * ```ts
 * const p = proportion(65, 100);
 * p.value // => 0.65
 * p.lower // => 0.552544
 * p.upper // => 0.736358
 * proportion(0, 20, { method: "exact" }).upper // => 0.168433
 * ```
 */
export function proportion(numerator: number, denominator: number, options?: ProportionOptions): ProportionEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const requested = checkMethod(FN, opts.method, METHODS, "wilson");
  let x = checkNonNegative(FN, "numerator", numerator);
  let n = checkPositive(FN, "denominator", denominator);
  if (x > n) throw new ArgumentError(FN, "numerator", `must not exceed denominator (${n})`, x);
  if (requested === "exact") {
    x = checkCount(FN, "numerator", x, " for the exact method");
    n = checkCount(FN, "denominator", n, " for the exact method");
  }
  const status: ProportionStatus = x === 0 ? "zero-count" : x === n ? "full-count" : "ok";
  const method = requested === "wald" && status !== "ok" ? "wilson" : requested;
  const z = zForLevel(level);
  const limits = proportionLimits(method, x, n, z, (1 - level) / 2);
  return freezeResult({ value: x / n, ...limits, level, method, status, numerator: x, denominator: n });
}

function proportionLimits(method: ProportionMethod, x: number, n: number, z: number, tail: number) {
  switch (method) {
    case "wilson":
      return wilsonLimits(x, n, z);
    case "exact":
      return {
        lower: x === 0 ? 0 : betaQuantileSafe(tail, x, n - x + 1),
        upper: x === n ? 1 : betaQuantileSafe(1 - tail, x + 1, n - x),
      };
    case "jeffreys":
      return {
        lower: x === 0 ? 0 : betaQuantileSafe(tail, x + 0.5, n - x + 0.5),
        upper: x === n ? 1 : betaQuantileSafe(1 - tail, x + 0.5, n - x + 0.5),
      };
    case "agresti-coull": {
      const nTilde = n + z * z;
      const pTilde = (x + (z * z) / 2) / nTilde;
      return symmetricClipped(pTilde, z * Math.sqrt((pTilde * (1 - pTilde)) / nTilde));
    }
    case "wald": {
      const p = x / n;
      return symmetricClipped(p, z * Math.sqrt((p * (1 - p)) / n));
    }
  }
}

function symmetricClipped(centre: number, halfWidth: number) {
  return { lower: Math.max(0, centre - halfWidth), upper: Math.min(1, centre + halfWidth) };
}
