import { freezeResult } from "../_internal/freeze.js";
import { spcLimits } from "../_internal/spcLimits.js";
import { spcSettings } from "../_internal/spcOptions.js";
import { spcRules } from "../_internal/spcRules.js";

/** The chart: XmR (individuals), p and u (binomial and Poisson), p′ and u′ (Laney's overdispersed versions). */
export type SpcChart = "xmr" | "p" | "u" | "p-prime" | "u-prime";
/** A special-cause rule: a point beyond the process limits, a run on one side, a run rising or falling, two of three beyond 2σ. */
export type SpcRule = "outside-limits" | "shift" | "trend" | "two-of-three";
/** Which direction is better. */
export type SpcImprovement = "increase" | "decrease" | "neither";
/** A rule set matching a tool: the Making Data Count Excel tool (Nov 2023 rules) or NHSRplotthedots 0.2.2. */
export type SpcPreset = "making-data-count" | "nhsr-plotthedots";
/**
 * A point's variation: common cause, or special cause read against the improvement direction. With
 * `improvement: "neither"`, special causes are `"special-cause-neither-high"` or `"-low"`
 * (NHSRplotthedots: `special_cause_neutral_high` / `_low`; Making Data Count's purple icons).
 */
export type SpcVariation = "common-cause" | "special-cause-improvement" | "special-cause-concern" | "special-cause-neither-high" | "special-cause-neither-low";
/** The Making Data Count assurance icon: where the target lies against the latest limits. */
export type SpcAssurance = "consistently-passes" | "consistently-fails" | "inconsistent";

/** Options for {@link spc}. */
export interface SpcOptions {
  /** Chart type; defaults to `"xmr"`. */
  readonly chart?: SpcChart;
  /** The denominators nᵢ: required for p, u, p′ and u′ charts (then `values` are the numerators), not allowed for XmR. */
  readonly denominators?: readonly number[];
  /** Rule set; defaults to `"making-data-count"`. Explicit options below override it. */
  readonly preset?: SpcPreset;
  /**
   * Set aside moving ranges ≥ 3.267 × their mean and recompute the mean, once (NHSRplotthedots);
   * applies to XmR values and to the z-scores of p′/u′ charts. Default from the preset (false for
   * Making Data Count, true for NHSRplotthedots).
   */
  readonly screenMovingRanges?: boolean;
  /** Whether points beyond 3σ count in two-of-three (Making Data Count since Nov 2023: true; NHSRplotthedots 0.2.2: false). */
  readonly twoOfThreeIncludesOutside?: boolean;
  /** Points on one side of the centre line that make a shift; default 7. */
  readonly shiftLength?: number;
  /** Points rising (or falling) at every step that make a trend; default 7. */
  readonly trendLength?: number;
  /** Which direction is better; default `"increase"` (as NHSRplotthedots). */
  readonly improvement?: SpcImprovement;
  /** A target on the scale of the plotted values, for the assurance icon. */
  readonly target?: number;
  /** Indices of the points that start new limits (each segment needs 2 or more points). */
  readonly rebase?: readonly number[];
  /** `"log"` (XmR only): chart the logarithms of positive values (e.g. ratios) and report limits back on the original scale; default `"linear"`. */
  readonly scale?: "linear" | "log";
}

/** One point of an SPC chart. */
export interface SpcPoint {
  /** Position in the input. */
  readonly index: number;
  /** The plotted value: as given (XmR), or numerator ÷ denominator (p, u, p′, u′). */
  readonly value: number;
  /** The centre line at this point. */
  readonly centre: number;
  /** Upper process limit at this point (clipped at 1 for p and p′ charts). */
  readonly upperLimit: number;
  /** Lower process limit at this point (clipped at 0 for attribute charts). */
  readonly lowerLimit: number;
  /** The special-cause rules this point triggers, in the order outside-limits, shift, trend, two-of-three. */
  readonly rules: SpcRule[];
  /** The point's variation, from its highest-priority rule (outside limits > trend > two-of-three > shift). */
  readonly variation: SpcVariation;
  /** The segment (0 before the first rebase) whose limits apply. */
  readonly segment: number;
}

/** One stretch of points sharing a centre line and limits. */
export interface SpcSegment {
  /** Index of the first point. */
  readonly start: number;
  /** Index of the last point. */
  readonly end: number;
  /** The centre line (on the plotted scale). */
  readonly centre: number;
  /** Mean moving range after any screening (of the values for XmR, on the log scale for `scale: "log"`; of the z-scores for p′/u′); null for p and u. */
  readonly averageMovingRange: number | null;
  /** Moving ranges set aside by screening. */
  readonly screenedMovingRanges: number;
  /** `"no-variation"` when the limits collapse onto the centre line (constant values, p̄ of 0 or 1, ū of 0). */
  readonly status: "ok" | "no-variation";
}

/** The settings {@link spc} used, after the preset. */
export interface SpcMethod {
  /** The preset applied. */
  readonly preset: SpcPreset;
  /** Whether moving ranges were screened. */
  readonly screenMovingRanges: boolean;
  /** Whether points beyond 3σ counted in two-of-three. */
  readonly twoOfThreeIncludesOutside: boolean;
  /** Shift run length. */
  readonly shiftLength: number;
  /** Trend run length. */
  readonly trendLength: number;
  /** Improvement direction. */
  readonly improvement: SpcImprovement;
  /** The scale the limits were computed on. */
  readonly scale: "linear" | "log";
}

/** The result of {@link spc}. */
export interface SpcResult {
  /** The chart type. */
  readonly chart: SpcChart;
  /** The settings used. */
  readonly method: SpcMethod;
  /** `"no-variation"` if any segment's limits collapsed onto its centre line, otherwise `"ok"`. */
  readonly status: "ok" | "no-variation";
  /** The latest segment's centre line: the mean (XmR), geometric mean (`scale: "log"`), p̄ or ū. */
  readonly mean: number;
  /** The latest point's upper process limit. */
  readonly upperLimit: number;
  /** The latest point's lower process limit. */
  readonly lowerLimit: number;
  /** Every point, with its limits and rules. */
  readonly points: SpcPoint[];
  /** The segments split by `rebase`. */
  readonly segments: SpcSegment[];
  /** The latest point's variation (the Making Data Count variation icon). */
  readonly variation: SpcVariation;
  /** The assurance icon; null without a target or with `improvement: "neither"`. */
  readonly assurance: SpcAssurance | null;
  /** The target, or null. */
  readonly target: number | null;
}

function variationOf(direction: -1 | 0 | 1, improvement: SpcImprovement): SpcVariation {
  if (direction === 0) return "common-cause";
  if (improvement === "neither") return direction > 0 ? "special-cause-neither-high" : "special-cause-neither-low";
  return direction === (improvement === "increase" ? 1 : -1) ? "special-cause-improvement" : "special-cause-concern";
}

function assuranceOf(target: number | undefined, improvement: SpcImprovement, upper: number, lower: number): SpcAssurance | null {
  if (target === undefined || improvement === "neither") return null;
  if (target > upper) return improvement === "increase" ? "consistently-fails" : "consistently-passes";
  if (target < lower) return improvement === "increase" ? "consistently-passes" : "consistently-fails";
  return "inconsistent";
}

/**
 * A statistical process control chart with the NHS Making Data Count rules: centre line, process
 * limits and special-cause flags for every point, and the variation and assurance icons.
 *
 * @remarks
 * Limits, per segment (split at `rebase`):
 * - `"xmr"`: mean x̄ ± 2.66·MR̄, MR̄ the mean of |xᵢ − xᵢ₋₁|; 2σ lines x̄ ± (2·2.66/3)·MR̄. With
 *   `screenMovingRanges`, ranges ≥ 3.267·MR̄ are set aside and MR̄ recomputed once (Nelson 1982).
 *   Not clipped. `scale: "log"` charts ln xᵢ and reports exp(limits), for ratios.
 * - `"p"`: p̄ = Σx/Σn ± 3√(p̄(1 − p̄)/nᵢ); `"u"`: ū = Σx/Σn ± 3√(ū/nᵢ).
 * - `"p-prime"`, `"u-prime"` (Laney 2002): zᵢ = (yᵢ − centre)/σᵢ with σᵢ as p or u; σ_z = mean
 *   MR(z)/1.128 (screened as XmR when `screenMovingRanges`); limits centre ± 3σᵢσ_z.
 * Attribute-chart limits are clipped at 0 (and at 1 for p, p′); clipping never changes a flag.
 *
 * Rules, within each segment, as NHSRplotthedots: `"outside-limits"` strictly beyond a limit;
 * `"shift"` every point of a run of `shiftLength` or more on one side of the centre line (a point on
 * the line breaks it); `"trend"` every point of a run of `trendLength` or more rising (or falling)
 * strictly at every step (a tie breaks it); `"two-of-three"` a point beyond the 2σ line in three
 * consecutive points on the same side of the centre line of which two or more are beyond it
 * (beyond 3σ counts only with `twoOfThreeIncludesOutside`). A point's variation comes from its
 * highest-priority rule: outside limits > trend > two-of-three > shift. `variation` is the latest
 * point's; `assurance` compares `target` with the latest point's limits (target above the upper
 * limit fails when higher is better, and so on). Degenerate data (no variation) gives
 * `status: "no-variation"` with limits on the centre line.
 *
 * References: NHS England (2019) Making Data Count; NHSRplotthedots 0.2.2; Wheeler DJ (1995)
 * Advanced Topics in SPC; Laney DB (2002) Quality Engineering 14(4):531–537.
 *
 * @param values - the series in time order (numerators for attribute charts), at least 2 values
 * @param options - `chart`, `denominators`, `preset`, `screenMovingRanges`, `twoOfThreeIncludesOutside`,
 *   `shiftLength`, `trendLength`, `improvement`, `target`, `rebase`, `scale`
 * @returns a frozen {@link SpcResult}
 * @throws {@link ArgumentError} for fewer than 2 or non-finite values, missing or bad denominators,
 *   bad rebase indices, unknown choices, run lengths below 2, or non-positive values with `scale: "log"`
 *
 * @example
 * ```ts
 * const chart = spc([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);
 * chart.upperLimit.toFixed(2) // => "6.95"
 * chart.points[4].rules // => ["outside-limits"]
 * spc([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { preset: "nhsr-plotthedots" }).upperLimit.toFixed(2) // => "4.60"
 * spc([5, 6, 5, 6, 5, 6, 9, 10, 11, 12, 13, 14, 15], { improvement: "decrease" }).variation // => "special-cause-concern"
 * spc([30, 36, 27], { chart: "p", denominators: [100, 120, 90] }).mean // => 0.3
 * ```
 */
export function spc(values: readonly number[], options?: SpcOptions): SpcResult {
  const s = spcSettings(values, options);
  const log = s.scale === "log";
  const back = (x: number) => (log ? Math.exp(x) : x);
  const plotted = s.chart === "xmr" ? s.values.map((v) => (log ? Math.log(v) : v)) : s.values.map((v, i) => v / (s.denominators[i] as number));
  const points: SpcPoint[] = [];
  const segments: SpcSegment[] = [];
  s.starts.forEach((start, k) => {
    const end = (s.starts[k + 1] ?? plotted.length) - 1;
    const y = plotted.slice(start, end + 1);
    const limits = spcLimits(s.chart, y, s.denominators.slice(start, end + 1), s.values.slice(start, end + 1), s.screenMovingRanges);
    const rules = spcRules(y, limits.centre, limits.outer, limits.inner, s);
    const top = s.chart === "p" || s.chart === "p-prime" ? 1 : Infinity;
    const floor = s.chart === "xmr" ? -Infinity : 0;
    y.forEach((_, j) => {
      const index = start + j;
      const upperLimit = back(Math.min(top, limits.centre + (limits.outer[j] as number)));
      const lowerLimit = back(Math.max(floor, limits.centre - (limits.outer[j] as number)));
      const { rules: fired, direction } = rules[j] as (typeof rules)[number];
      const value = s.chart === "xmr" ? (s.values[index] as number) : (plotted[index] as number);
      points.push({ index, value, centre: back(limits.centre), upperLimit, lowerLimit, rules: fired, variation: variationOf(direction, s.improvement), segment: k });
    });
    segments.push({ start, end, centre: back(limits.centre), averageMovingRange: limits.averageMovingRange, screenedMovingRanges: limits.screenedMovingRanges, status: limits.status });
  });
  const last = points[points.length - 1] as SpcPoint;
  const method: SpcMethod = { preset: s.preset, screenMovingRanges: s.screenMovingRanges, twoOfThreeIncludesOutside: s.twoOfThreeIncludesOutside, shiftLength: s.shiftLength, trendLength: s.trendLength, improvement: s.improvement, scale: s.scale };
  const status = segments.some((g) => g.status === "no-variation") ? "no-variation" : "ok";
  return freezeResult({
    chart: s.chart, method, status, mean: last.centre, upperLimit: last.upperLimit, lowerLimit: last.lowerLimit, points, segments,
    variation: last.variation, assurance: assuranceOf(s.target, s.improvement, last.upperLimit, last.lowerLimit), target: s.target ?? null,
  });
}
