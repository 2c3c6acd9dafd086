import { bandAt, checkFunnelType, checkLevels, funnelMethod, levelLabel, transform, transformedSe, type FunnelMethod, type FunnelType } from "../_internal/funnelCore.js";
import { estimateOverdispersion } from "../_internal/overdispersion.js";
import { poissonAtLeast, poissonAtMost } from "../_internal/poissonTail.js";
import { zForLevel } from "../_internal/quantiles.js";
import { freezeResult } from "../_internal/freeze.js";
import { checkCount, checkNonNegative, checkOptions, checkPositive } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import type { FunnelBand } from "./funnelLimits.js";
import { checkAreaList } from "../_internal/checkAreaList.js";

/** One area's numerator and denominator. */
export interface FunnelAreaInput {
  /** The area's name or code (unique). */
  readonly area: string;
  /** Events (rate, proportion) or the observed count (ratio): ≥ 0, whole for rates and ratios. */
  readonly numerator: number;
  /** Population or person-time (rate), expected count (ratio) or people (proportion): ≥ 0. */
  readonly denominator: number;
}

/**
 * Where an area sits on the funnel: `"within"` every limit, `"above-<L>"` / `"below-<L>"` outside
 * the limits at level L% and at every lower level (the highest such level is named, e.g.
 * `"above-99.8"`, PHE's "High (0.001)"; `"below-95"`, PHE's "Low (0.025)"), or `"not-assessed"` for
 * an area with a denominator of 0.
 */
export type FunnelSignificanceLabel = "within" | `above-${string}` | `below-${string}` | "not-assessed";

/** One area on the funnel. */
export interface FunnelAreaResult {
  /** The area, as given. */
  readonly area: string;
  /** The numerator, as given. */
  readonly numerator: number;
  /** The denominator, as given. */
  readonly denominator: number;
  /** numerator ÷ denominator (× `per` for rates); `null` when the denominator is 0. */
  readonly value: number | null;
  /** The limits at the area's denominator, one per level (empty when the denominator is 0). */
  readonly limits: readonly FunnelBand[];
  /** With `overdispersion`, the area's z-score on the transformed scale, adjusted for τ²; otherwise `null`. */
  readonly zScore: number | null;
  /** Where the area sits. */
  readonly significance: FunnelSignificanceLabel;
  /** `"ok"`, or `"zero-denominator"` (not assessed). */
  readonly status: "ok" | "zero-denominator";
}

/** Spiegelhalter's overdispersion estimate. */
export interface FunnelOverdispersion {
  /** `"estimated"`, or `"too-few-areas"` (fewer than two areas with a denominator; nothing adjusted). */
  readonly status: "estimated" | "too-few-areas";
  /** φ, the mean square of the winsorised z-scores (`null` when not estimated); 1 is what chance alone gives. */
  readonly phi: number | null;
  /** τ², the between-area variance on the transformed scale (0 when none was found). */
  readonly tau2: number;
  /** Whether nφ > n − 1, so the limits were widened. */
  readonly found: boolean;
  /** The share winsorised at each end. */
  readonly trim: number;
  /** n, the areas used (those with a denominator > 0). */
  readonly areas: number;
}

/** Options for {@link funnelSignificance}. */
export interface FunnelSignificanceOptions {
  /** `"rate"` (default), `"ratio"` (observed ÷ expected) or `"proportion"`. */
  readonly type?: FunnelType;
  /**
   * The benchmark: defaults to 1 for ratios and to the areas' pooled value Σnumerator ÷ Σdenominator
   * (× `per` for rates) for rates and proportions, as PHE does.
   */
  readonly target?: number;
  /** The two-sided levels; defaults to `[0.95, 0.998]`. */
  readonly levels?: readonly number[];
  /** For rates: values, target and limits per this many; defaults to 1,000. Ignored otherwise. */
  readonly per?: number;
  /** Estimate overdispersion (Spiegelhalter 2005) and widen the limits when it is found; defaults to false. */
  readonly overdispersion?: boolean;
  /** The share of z-scores winsorised at each end, in [0, 0.5); defaults to 0.1. */
  readonly trim?: number;
}

/** The result of {@link funnelSignificance}. */
export interface FunnelSignificance {
  /** What was plotted. */
  readonly type: FunnelType;
  /** The benchmark used (per `per` for rates). */
  readonly target: number;
  /** The multiplier of rates (1 for ratios and proportions). */
  readonly per: number;
  /** The levels, lowest first. */
  readonly levels: readonly number[];
  /** How the limits were drawn (overdispersed only when overdispersion was found). */
  readonly method: FunnelMethod;
  /** The areas, in the order given. */
  readonly areas: readonly FunnelAreaResult[];
  /** The overdispersion estimate, or `null` when it was not asked for. */
  readonly overdispersion: FunnelOverdispersion | null;
}

const FN = "funnelSignificance";

/**
 * Each area's rate, ratio or proportion against funnel-plot control limits at its own
 * denominator, labelled by the highest level whose limits it lies outside (PHE's
 * `assign_funnel_significance`), optionally allowing for overdispersion between areas.
 *
 * @remarks
 * Limits are those of {@link funnelLimits}: exact Poisson for rates and ratios, inverse Wilson for
 * proportions. Without overdispersion an area with count O and expected count E = target ×
 * denominator is above at level L when P(X ≥ O; E) < (1 − L)/2 and below when
 * P(X ≤ O; E) < (1 − L)/2 (X ~ Poisson(E)) — the same as its exact interval excluding the target;
 * PHE uses Byar's approximation from O = 10 for this test, which can differ only for an area
 * sitting on a limit. A proportion is above (below) when it is strictly above (below) the
 * inverse-Wilson limit.
 *
 * With `overdispersion: true` (Spiegelhalter 2005, as FunnelPlotR): zᵢ = (yᵢ − y₀)/sᵢ on the √
 * scale (rates, ratios: y = √(numerator/denominator), y₀ = √target per unit) or arcsine-√ scale
 * (proportions), sᵢ = 1/(2√nᵢ); the z-scores are winsorised at `trim` (10%) at each end (R's
 * type-7 quantiles); φ = mean of the squared winsorised zᵢ; if nφ > n − 1,
 * τ² = (nφ − (n − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ) with wᵢ = 1/sᵢ², and each area is judged by
 * (yᵢ − y₀)/√(sᵢ² + τ²) against the normal quantile, with limits y₀ ± z√(sᵢ² + τ²) transformed back.
 * When no overdispersion is found (or there are fewer than two areas) the exact limits stay.
 *
 * An area with a denominator of 0 is `"not-assessed"` (`status` `"zero-denominator"`) and left out
 * of the pooled target and of the overdispersion estimate.
 *
 * References: Spiegelhalter DJ (2005) Stat Med 24:1185–1202 and Qual Saf Health Care 14:347–351;
 * Public Health England, Fingertips technical guidance; PHEindicatormethods
 * `assign_funnel_significance`; FunnelPlotR (NHS-R Community).
 *
 * @param areas - one `{ area, numerator, denominator }` per area
 * @param options - `type` (default `"rate"`), `target`, `levels` (default `[0.95, 0.998]`), `per`
 *   (default 1000), `overdispersion` (default false) and `trim` (default 0.1)
 * @returns a frozen {@link FunnelSignificance}
 * @throws {@link ArgumentError} for an empty or non-array `areas`, a repeated or non-string area,
 *   a negative or non-finite numerator or denominator, a non-whole numerator for a rate or ratio,
 *   a numerator above its denominator for a proportion, or an invalid option
 *
 * @example
 * ```ts
 * const areas = [
 *   { area: "A", numerator: 120, denominator: 1000 },
 *   { area: "B", numerator: 95, denominator: 1000 },
 *   { area: "C", numerator: 45, denominator: 500 },
 *   { area: "D", numerator: 140, denominator: 2000 },
 * ];
 * const f = funnelSignificance(areas);
 * f.target // => 88.89
 * f.areas.map((a) => a.significance) // => ["above-99.8", "within", "within", "below-95"]
 * funnelSignificance(areas, { overdispersion: true }).overdispersion?.found // => true
 * ```
 */
export function funnelSignificance(areas: readonly FunnelAreaInput[], options?: FunnelSignificanceOptions): FunnelSignificance {
  const opts = checkOptions(FN, options);
  const type = checkFunnelType(FN, opts.type);
  const levels = checkLevels(FN, opts.levels);
  const per = type === "rate" ? (opts.per === undefined ? 1000 : checkPositive(FN, "options.per", opts.per)) : 1;
  const trim = opts.trim === undefined ? 0.1 : checkNonNegative(FN, "options.trim", opts.trim);
  if (trim >= 0.5) throw new ArgumentError(FN, "options.trim", "must be less than 0.5", trim);
  if (opts.overdispersion !== undefined && typeof opts.overdispersion !== "boolean") {
    throw new ArgumentError(FN, "options.overdispersion", "must be true or false", opts.overdispersion);
  }
  const inputs = checkAreas(type, areas);
  const assessed = inputs.filter((a) => a.denominator > 0);
  const pooled = assessed.length === 0 ? 0 : sum(assessed, "numerator") / sum(assessed, "denominator");
  const target = opts.target === undefined ? (type === "ratio" ? 1 : pooled * per) : checkNonNegative(FN, "options.target", opts.target);
  if (type === "proportion" && target > 1) throw new ArgumentError(FN, "options.target", "must be at most 1 for a proportion", target);
  const unitTarget = target / per;
  let overdispersion: FunnelOverdispersion | null = null;
  let tau2 = 0;
  if (opts.overdispersion === true) {
    if (assessed.length < 2) {
      overdispersion = { status: "too-few-areas", phi: null, tau2: 0, found: false, trim, areas: assessed.length };
    } else {
      const estimate = estimateOverdispersion(type, unitTarget, assessed, trim);
      tau2 = estimate.tau2;
      overdispersion = { status: "estimated", phi: estimate.phi, tau2, found: estimate.found, trim, areas: assessed.length };
    }
  }
  const results = inputs.map((input) => {
    if (input.denominator === 0) return { ...input, value: null, limits: [], zScore: null, significance: "not-assessed" as const, status: "zero-denominator" as const };
    const limits = levels.map((level) => {
      const band = bandAt(type, unitTarget, input.denominator, level, tau2);
      return { level, lower: band.lower * per, upper: band.upper * per };
    });
    const zScore = opts.overdispersion === true ? adjustedZ(type, unitTarget, input, tau2) : null;
    const significance = judge(type, unitTarget, input, levels, tau2);
    return { ...input, value: (input.numerator / input.denominator) * per, limits, zScore, significance, status: "ok" as const };
  });
  return freezeResult({ type, target, per, levels, method: funnelMethod(type, tau2), areas: results, overdispersion });
}

function sum(areas: readonly FunnelAreaInput[], field: "numerator" | "denominator"): number {
  return areas.reduce((total, a) => total + a[field], 0);
}

function adjustedZ(type: FunnelType, target: number, a: FunnelAreaInput, tau2: number): number {
  return (transform(type, a.numerator / a.denominator) - transform(type, target)) / Math.sqrt(transformedSe(a.denominator) ** 2 + tau2);
}

/** The label for one area: the highest level whose limits it lies outside. */
function judge(type: FunnelType, target: number, a: FunnelAreaInput, levels: readonly number[], tau2: number): FunnelSignificanceLabel {
  for (const level of [...levels].reverse()) {
    const tail = (1 - level) / 2;
    let above: boolean;
    let below: boolean;
    if (tau2 > 0) {
      const z = adjustedZ(type, target, a, tau2);
      above = z > zForLevel(level);
      below = z < -zForLevel(level);
    } else if (type === "proportion") {
      const band = bandAt(type, target, a.denominator, level, 0);
      const value = a.numerator / a.denominator;
      above = value > band.upper;
      below = value < band.lower;
    } else {
      const expected = target * a.denominator;
      above = poissonAtLeast(a.numerator, expected) < tail;
      below = poissonAtMost(a.numerator, expected) < tail;
    }
    if (above) return `above-${levelLabel(level)}`;
    if (below) return `below-${levelLabel(level)}`;
  }
  return "within";
}

function checkAreas(type: FunnelType, areas: unknown): FunnelAreaInput[] {
  return checkAreaList(FN, areas, "{ area, numerator, denominator }", (record, area, param) => {
    const numerator = type === "proportion"
      ? checkNonNegative(FN, `${param}.numerator`, record["numerator"])
      : checkCount(FN, `${param}.numerator`, record["numerator"], " for a rate or ratio (exact Poisson limits)");
    const denominator = checkNonNegative(FN, `${param}.denominator`, record["denominator"]);
    if (type === "proportion" && numerator > denominator) {
      throw new ArgumentError(FN, `${param}.numerator`, `must not exceed ${param}.denominator (${denominator}) for a proportion`, numerator);
    }
    if (denominator === 0 && numerator > 0) throw new ArgumentError(FN, `${param}.numerator`, "must be 0 when the denominator is 0", numerator);
    return { area, numerator, denominator };
  });
}
