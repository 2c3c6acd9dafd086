import type { FunnelSignificance } from "../../stats/funnelSignificance.js";
import type { RatioComparison, RatioPeriodResult } from "../../trends/compareRatios.js";
import type { SpcResult } from "../../trends/spc.js";
import { funnelPlotSpec } from "../../report/funnelPlotSpec.js";
import { spcChartSpec } from "../../report/spcChartSpec.js";
import type { ResultCell } from "../../report/resultTableTypes.js";
import { built, finite, type BuiltTable } from "./cells.js";

/** One row per point: value, centre line, process limits, segment, variation and the rules it triggers. */
export function spcRows(t: SpcResult): BuiltTable {
  const columns = ["index", "value", "centre", "lowerLimit", "upperLimit", "segment", "variation", "rules", "chart"];
  const rows = t.points.map((p) => ({
    index: p.index, value: p.value, centre: p.centre, lowerLimit: p.lowerLimit, upperLimit: p.upperLimit, segment: p.segment,
    variation: p.variation, rules: p.rules.join(", "), chart: t.chart,
  }));
  return built(`Statistical process control (${t.chart} chart)`, columns, rows, () => spcChartSpec(t));
}

/** A level as a column suffix: 0.95 → "95", 0.998 → "99.8". */
function percent(level: number): string {
  return String(Number((level * 100).toPrecision(12)));
}

/** One row per area: value, target, significance, z-score, and its limits at each level (`lower95`, `upper95`, …). */
export function funnelRows(t: FunnelSignificance): BuiltTable {
  const limits = t.levels.flatMap((l) => [`lower${percent(l)}`, `upper${percent(l)}`]);
  const columns = ["area", "numerator", "denominator", "value", "target", "significance", "status", "zScore", ...limits, "type", "method", "per"];
  const rows = t.areas.map((a) => {
    const bands: Record<string, ResultCell> = {};
    for (const b of a.limits) {
      bands[`lower${percent(b.level)}`] = finite(b.lower);
      bands[`upper${percent(b.level)}`] = finite(b.upper);
    }
    return {
      area: a.area, numerator: a.numerator, denominator: a.denominator, value: finite(a.value), target: t.target, significance: a.significance,
      status: a.status, zScore: finite(a.zScore), ...bands, type: t.type, method: t.method, per: t.per,
    };
  });
  return built(`Funnel plot of ${t.type}s by area against the target`, columns, rows, () => funnelPlotSpec(t), "area");
}

/**
 * One row per period, `"before"` then `"after"` (the group's and the reference's counts,
 * person-years and rates, and the period's own exact rate ratio), then a `"change"` row whose
 * `ratio` is the ratio of ratios (after ÷ before) with its interval, p-value, percentage change,
 * comparison and method. One `ratio` column across the three rows, told apart by `period`.
 */
export function ratioComparisonRows(t: RatioComparison): BuiltTable {
  const columns = [
    "period", "count", "exposure", "rate", "referenceCount", "referenceExposure", "referenceRate", "ratio", "ratioLower", "ratioUpper", "ratioMethod", "ratioStatus",
    "pValue", "percentChange", "percentChangeLower", "percentChangeUpper", "comparison", "level", "per",
  ];
  const period = (name: string, p: RatioPeriodResult): Record<string, ResultCell> => ({
    period: name, count: p.group.count, exposure: p.group.exposure, rate: p.group.rate, referenceCount: p.reference.count, referenceExposure: p.reference.exposure,
    referenceRate: p.reference.rate, ratio: finite(p.ratio.value), ratioLower: finite(p.ratio.lower), ratioUpper: finite(p.ratio.upper),
    // compareRatios computes each period's ratio with rateRatio's exact method.
    ratioMethod: "exact", ratioStatus: p.ratio.status, level: t.level, per: t.per,
  });
  const change = {
    period: "change", ratio: finite(t.value), ratioLower: finite(t.lower), ratioUpper: finite(t.upper), ratioMethod: t.method, ratioStatus: t.status, pValue: finite(t.pValue),
    percentChange: finite(t.percentChange.value), percentChangeLower: finite(t.percentChange.lower), percentChangeUpper: finite(t.percentChange.upper),
    comparison: t.comparison, level: t.level, per: t.per,
  };
  return built(`Change in the rate ratio between two periods (rates per ${t.per} person-years)`, columns, [period("before", t.before), period("after", t.after), change], () => null, "period");
}
