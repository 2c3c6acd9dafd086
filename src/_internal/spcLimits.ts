/** The chart types {@link spcLimits} knows. */
export type SpcChartKind = "xmr" | "p" | "u" | "p-prime" | "u-prime";

/** One segment's limits: a centre line and, per point, the half-widths of the 3σ and 2σ lines. */
export interface SegmentLimits {
  /** Centre line: the mean (XmR) or Σx/Σn (p, u and Laney charts). */
  readonly centre: number;
  /** Per-point half-width of the process limits (3σᵢ): limits are centre ± outer[i] before clipping. */
  readonly outer: number[];
  /** Per-point half-width of the 2σ lines used by the two-of-three rule. */
  readonly inner: number[];
  /** Mean moving range (of the values for XmR, of the z-scores for p′/u′), after any screening; null for p/u. */
  readonly averageMovingRange: number | null;
  /** How many moving ranges screening set aside (0 without screening). */
  readonly screenedMovingRanges: number;
  /** `"no-variation"` when every σᵢ is 0 (constant values, or p̄ of 0 or 1, or ū of 0). */
  readonly status: "ok" | "no-variation";
}

/** The XmR scaling constant 2.66 (= 3/d₂ rounded, d₂ = 1.128) used by Making Data Count and NHSRplotthedots. */
export const XMR_CONSTANT = 2.66;
/** The moving-range screening constant (D₄ for n = 2): ranges at or above 3.267 × mean are set aside. */
export const SCREEN_CONSTANT = 3.267;
/** d₂ for subgroups of 2, used by Laney's σ_z = mean MR(z) / 1.128. */
export const D2 = 1.128;

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** The mean moving range of a series, optionally screened once (Nelson 1982). */
export function averageMovingRange(values: readonly number[], screen: boolean): { average: number; screened: number } {
  const ranges = values.slice(1).map((v, i) => Math.abs(v - (values[i] as number)));
  const average = mean(ranges);
  if (!screen || average === 0) return { average, screened: 0 };
  const kept = ranges.filter((r) => r < SCREEN_CONSTANT * average);
  return { average: mean(kept), screened: ranges.length - kept.length };
}

/**
 * Limits for one segment. `values` are the plotted values (x/n for p and u charts) and
 * `denominators` the nᵢ (ignored by XmR).
 */
export function spcLimits(chart: SpcChartKind, values: readonly number[], denominators: readonly number[], counts: readonly number[], screen: boolean): SegmentLimits {
  if (chart === "xmr") {
    const centre = mean(values);
    const { average, screened } = averageMovingRange(values, screen);
    // As NHSRplotthedots: mean ± 2.66·MR̄ and mean ± (2·2.66/3)·MR̄.
    const outer = values.map(() => XMR_CONSTANT * average);
    const inner = values.map(() => 2 * (XMR_CONSTANT / 3) * average);
    return { centre, outer, inner, averageMovingRange: average, screenedMovingRanges: screened, status: average === 0 ? "no-variation" : "ok" };
  }
  const centre = counts.reduce((s, x) => s + x, 0) / denominators.reduce((s, n) => s + n, 0);
  const proportion = chart === "p" || chart === "p-prime";
  const spread = proportion ? centre * (1 - centre) : centre;
  const base = denominators.map((n) => Math.sqrt(spread / n));
  const widths = (sigma: number[]) => ({ outer: sigma.map((s) => 3 * s), inner: sigma.map((s) => 2 * s) });
  if (spread === 0) return { centre, ...widths(base), averageMovingRange: chart.endsWith("prime") ? 0 : null, screenedMovingRanges: 0, status: "no-variation" };
  if (chart === "p" || chart === "u") return { centre, ...widths(base), averageMovingRange: null, screenedMovingRanges: 0, status: "ok" };
  const z = values.map((v, i) => (v - centre) / (base[i] as number));
  const { average, screened } = averageMovingRange(z, screen);
  const sigmaZ = average / D2;
  return { centre, ...widths(base.map((s) => s * sigmaZ)), averageMovingRange: average, screenedMovingRanges: screened, status: average === 0 ? "no-variation" : "ok" };
}
