import type { FunnelSignificance } from "../../stats/funnelSignificance.js";
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
