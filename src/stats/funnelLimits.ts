import { bandAt, checkFunnelType, checkLevels, funnelMethod, type FunnelMethod, type FunnelType } from "../_internal/funnelCore.js";
import { freezeResult } from "../_internal/freeze.js";
import { checkNonNegative, checkOptions, checkPositive } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";

export type { FunnelMethod, FunnelType } from "../_internal/funnelCore.js";

/** The control limits at one level. */
export interface FunnelBand {
  /** The two-sided level, e.g. 0.95 or 0.998. */
  readonly level: number;
  /** The lower control limit (0 where the funnel reaches the floor). */
  readonly lower: number;
  /** The upper control limit. */
  readonly upper: number;
}

/** The limits at one denominator. */
export interface FunnelPoint {
  /** The denominator: a population or person-time (rate), an expected count (ratio) or a number of people (proportion). */
  readonly denominator: number;
  /** One band per level, lowest level first. */
  readonly limits: readonly FunnelBand[];
}

/** Options for {@link funnelLimits}. */
export interface FunnelLimitsOptions {
  /** `"rate"` (default), `"ratio"` (observed ÷ expected) or `"proportion"`. */
  readonly type?: FunnelType;
  /** The two-sided levels, as fractions; defaults to `[0.95, 0.998]` (PHE's 2σ and 3σ limits). */
  readonly levels?: readonly number[];
  /** For rates: the target and limits are per this many of the denominator; defaults to 1,000. Ignored otherwise. */
  readonly per?: number;
  /**
   * Between-area variance τ² on the transformed scale (√ of the rate or ratio per unit of
   * denominator, or arcsin √ of the proportion), e.g. from {@link funnelSignificance}; defaults to
   * 0, which gives the exact (unadjusted) limits.
   */
  readonly tau2?: number;
}

/** The result of {@link funnelLimits}. */
export interface FunnelLimits {
  /** What was plotted. */
  readonly type: FunnelType;
  /** The benchmark (per `per` for rates). */
  readonly target: number;
  /** The multiplier of rates (1 for ratios and proportions). */
  readonly per: number;
  /** The levels, lowest first. */
  readonly levels: readonly number[];
  /** The between-area variance used (0: none). */
  readonly tau2: number;
  /** How the limits were drawn. */
  readonly method: FunnelMethod;
  /** The limits at each denominator, in the order given. */
  readonly points: readonly FunnelPoint[];
}

const FN = "funnelLimits";

/**
 * Funnel-plot control limits around a target, at each denominator: where an area's rate, ratio
 * or proportion would have to fall to differ from the target at each level.
 *
 * @remarks
 * With n the denominator, θ the target per unit of denominator and tail = (1 − level)/2:
 * - `"rate"` (a count over a population) and `"ratio"` (observed ÷ expected, where n is the
 *   expected count and θ usually 1): exact Poisson limits as PHE's Fingertips funnels
 *   (`calculate_funnel_limits`). At E = θn the upper limit is a/n with P(X ≥ a; E) = tail and the
 *   lower limit a/n with P(X ≤ a; E) = tail, X ~ Poisson(E), read continuously through the
 *   incomplete gamma function (P(a, E) = tail and Q(a + 1, E) = tail). PHE computes the same curve
 *   the other way round — for each whole count O, the n at which O's exact interval just
 *   touches θ — so at those n the limits are PHE's exactly, and between them this is the smooth
 *   curve through PHE's points. The lower limit is 0 while e^(−E) ≥ tail.
 * - `"proportion"`: PHE's inverse-Wilson limits, the proportions whose Wilson interval just
 *   reaches the target: θ ± z√(θ(1 − θ)/n) (PHE's `sigma_adjustment` simplifies to this),
 *   clipped to [0, 1].
 * - `tau2` > 0: Spiegelhalter's (2005) overdispersed limits: y₀ ± z√(1/(4n) + τ²) on the √ scale
 *   (rates and ratios, y₀ = √θ) or arcsine-√ scale (proportions), transformed back and floored
 *   at 0. Estimate τ² with {@link funnelSignificance}.
 *
 * A target of 0 (or a proportion of 0 or 1) gives limits of zero width: any other value is
 * outside. Rates are given and returned per `per` (default 1,000).
 *
 * References: Spiegelhalter DJ (2005) Funnel plots for comparing institutional performance,
 * Stat Med 24:1185–1202; Spiegelhalter DJ (2005) Handling over-dispersion of performance
 * indicators, Qual Saf Health Care 14:347–351; Public Health England, Fingertips technical
 * guidance, funnel plots; PHEindicatormethods `calculate_funnel_limits`.
 *
 * @param target - the benchmark: a rate per `per`, a ratio (usually 1) or a proportion in [0, 1]
 * @param denominators - the denominators to draw the limits at (each > 0)
 * @param options - `type` (default `"rate"`), `levels` (default `[0.95, 0.998]`), `per`
 *   (default 1000, rates only) and `tau2` (default 0)
 * @returns a frozen {@link FunnelLimits}
 * @throws {@link ArgumentError} for a negative or non-finite target, a proportion above 1, an
 *   empty denominator list or a denominator ≤ 0, levels outside (0, 1) or repeated, an unknown
 *   type, a `per` ≤ 0 or a negative `tau2`
 *
 * @example
 * ```ts
 * // Crimes per 1,000 residents: Gwent's 110.7 as the target, at 10,000 and 100,000 residents.
 * const f = funnelLimits(110.7, [10000, 100000]);
 * f.points[0]?.limits[0]?.lower // => 104.18
 * f.points[0]?.limits[1]?.upper // => 121.17
 * f.points[1]?.limits[0]?.upper // => 112.77
 * // PHE's ratio funnel at one observed event: the 95% limits at E = 5.5716 and E = 0.025318.
 * funnelLimits(1, [5.571643390938898], { type: "ratio", levels: [0.95] }).points[0]?.limits[0]?.lower // => 0.179480
 * funnelLimits(0.80642448, [3], { type: "proportion" }).points[0]?.limits.map((b) => b.lower) // => [0.3593349, 0.1015082]
 * ```
 */
export function funnelLimits(target: number, denominators: readonly number[], options?: FunnelLimitsOptions): FunnelLimits {
  const opts = checkOptions(FN, options);
  const type = checkFunnelType(FN, opts.type);
  const levels = checkLevels(FN, opts.levels);
  const per = type === "rate" && opts.per !== undefined ? checkPositive(FN, "options.per", opts.per) : type === "rate" ? 1000 : 1;
  const tau2 = opts.tau2 === undefined ? 0 : checkNonNegative(FN, "options.tau2", opts.tau2);
  const goal = checkNonNegative(FN, "target", target);
  if (type === "proportion" && goal > 1) throw new ArgumentError(FN, "target", "must be at most 1 for a proportion", target);
  if (!Array.isArray(denominators) || denominators.length === 0) {
    throw new ArgumentError(FN, "denominators", "must be a non-empty array of numbers", denominators);
  }
  const points = denominators.map((d: unknown, i) => {
    const denominator = checkPositive(FN, `denominators[${i}]`, d);
    const limits = levels.map((level) => {
      const band = bandAt(type, goal / per, denominator, level, tau2);
      return { level, lower: band.lower * per, upper: band.upper * per };
    });
    return { denominator, limits };
  });
  return freezeResult({ type, target: goal, per, levels, tau2, method: funnelMethod(type, tau2), points });
}
