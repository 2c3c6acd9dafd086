import type { SpcChart, SpcResult, SpcRule, SpcVariation } from "../trends/spc.js";
import { checkChartOptions, chartSpec, COLOURS, formatNumber, labelOf } from "../_internal/chartSpec.js";
import { checkRecord } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import type { ChartDatum, ChartOptions, VegaLiteSpec } from "./chartTypes.js";

/** The text of an SPC chart, each replaceable through `options.labels`. */
export interface SpcChartLabels {
  /** The x axis title; defaults to "Period". */
  readonly xTitle: string;
  /** The y axis title; defaults to "Value" (XmR), "Proportion" (p, p′) or "Rate" (u, u′). */
  readonly yTitle: string;
  /** The centre line's name; defaults to "Mean" ("Geometric mean" on a log scale). */
  readonly centre: string;
  /** The process limits' name; defaults to "Process limits". */
  readonly limits: string;
  /** The target's name; defaults to "Target". */
  readonly target: string;
  /** The legend title of the point markers; defaults to "Variation". */
  readonly variation: string;
  /** The tooltip title of the rules a point triggers; defaults to "Rules". */
  readonly rules: string;
  /** Display names of the variations (legend entries), by {@link SpcVariation}. */
  readonly variations: Readonly<Record<string, string>>;
  /** Display names of the rules, by {@link SpcRule}. */
  readonly ruleNames: Readonly<Record<string, string>>;
}

/** Options for {@link spcChartSpec}: the shared chart options, and the period of each point. */
export interface SpcChartOptions extends ChartOptions<SpcChartLabels> {
  /** One distinct label per point for the x axis, e.g. `"2019/20 Q1"`; defaults to "1", "2", …. */
  readonly periods?: readonly string[];
}

const FN = "spcChartSpec";
const VARIATIONS: Record<SpcVariation, { name: string; colour: string; shape: string }> = {
  "common-cause": { name: "Common cause", colour: COLOURS.grey, shape: "circle" },
  "special-cause-improvement": { name: "Special cause: improvement", colour: COLOURS.blue, shape: "square" },
  "special-cause-concern": { name: "Special cause: concern", colour: COLOURS.orange, shape: "diamond" },
  "special-cause-neither-high": { name: "Special cause: high", colour: COLOURS.purple, shape: "triangle-up" },
  "special-cause-neither-low": { name: "Special cause: low", colour: COLOURS.purple, shape: "triangle-down" },
};
const RULES: Record<SpcRule, string> = { "outside-limits": "outside the limits", shift: "shift", trend: "trend", "two-of-three": "two of three beyond 2σ" };
const CHARTS: Record<SpcChart, string> = { xmr: "XmR chart", p: "p chart", u: "u chart", "p-prime": "p′ chart (Laney)", "u-prime": "u′ chart (Laney)" };

function checkPeriods(periods: unknown, n: number): string[] {
  if (periods === undefined) return Array.from({ length: n }, (_, i) => String(i + 1));
  if (!Array.isArray(periods) || periods.length !== n) throw new ArgumentError(FN, "options.periods", `must be an array of ${n} labels, one per point`, periods);
  periods.forEach((p: unknown, i) => {
    if (typeof p !== "string" || p.trim() === "") throw new ArgumentError(FN, `options.periods[${i}]`, "must be a non-empty string", p);
  });
  if (new Set(periods).size !== n) throw new ArgumentError(FN, "options.periods", "must not repeat a label", periods);
  return periods as string[];
}

/**
 * A Vega-Lite v5 statistical process control chart of an {@link spc} result: the series as a line
 * and points, the centre line and process limits of every point, and the points flagged by the
 * special-cause rules marked by both colour and shape.
 *
 * @remarks
 * The centre line and limits are drawn point by point, per segment, so p and u limits that vary
 * with the denominator and limits recalculated at a rebase show as they are. Each point's marker
 * says its variation: a grey circle for common cause, a blue square for improvement, an orange
 * diamond for concern, purple triangles for high or low when no direction is better (the Making
 * Data Count colours, with shapes so colour is never the only cue, WCAG 1.4.1). A target is a
 * dashed green line. The description (the SVG's `aria-label`) gives the chart type, the period
 * range, the latest value with its centre line and limits, every special-cause point with its
 * rules, and the target's assurance. Deterministic: the same result and options give the same JSON.
 *
 * @param result - an {@link SpcResult}
 * @param options - `periods` (x axis labels, e.g. quarters), `title`, `description`, `labels`
 *   ({@link SpcChartLabels}), `width` (default 560), `height` (default 280)
 * @returns a frozen {@link VegaLiteSpec}
 * @throws {@link ArgumentError} when `result` is not an spc() result, `periods` is not one distinct
 *   label per point, or an option is invalid
 *
 * @example
 * ```ts
 * const chart = spc([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);
 * const spec = spcChartSpec(chart);
 * spec.data.values[4]?.variation // => "Special cause: improvement"
 * spec.data.values[4]?.rules // => "outside the limits"
 * spcChartSpec(spc([3, 4, 5, 4]), { periods: ["2023/24 Q1", "2023/24 Q2", "2023/24 Q3", "2023/24 Q4"] }).data.values[0]?.period // => "2023/24 Q1"
 * ```
 */
export function spcChartSpec(result: SpcResult, options?: SpcChartOptions): VegaLiteSpec {
  const r = checkRecord(FN, "result", result);
  if (!Array.isArray(r["points"]) || r["points"].length === 0 || !(typeof r["chart"] === "string" && r["chart"] in CHARTS)) {
    throw new ArgumentError(FN, "result", "must be an spc() result", result);
  }
  const periods = checkPeriods((options as Record<string, unknown> | undefined)?.["periods"], result.points.length);
  const log = result.method.scale === "log";
  const chart = result.chart;
  const o = checkChartOptions(FN, options, {
    title: `Statistical process control: ${CHARTS[chart]}`,
    width: 560,
    height: 280,
    labels: {
      xTitle: "Period", yTitle: chart === "xmr" ? "Value" : chart.startsWith("p") ? "Proportion" : "Rate", centre: log ? "Geometric mean" : "Mean",
      limits: "Process limits", target: "Target", variation: "Variation", rules: "Rules",
      variations: Object.fromEntries(Object.entries(VARIATIONS).map(([k, v]) => [k, v.name])) as Readonly<Record<string, string>>,
      ruleNames: RULES as Readonly<Record<string, string>>,
    },
  });
  const L = o.labels;
  const values: ChartDatum[] = result.points.map((p, i) => ({
    period: periods[i] as string, index: p.index, value: p.value, centre: p.centre, lowerLimit: p.lowerLimit, upperLimit: p.upperLimit, segment: p.segment,
    variation: labelOf(L.variations, p.variation), rules: p.rules.map((rule) => labelOf(L.ruleNames, rule)).join(", "),
  }));
  const present = (Object.keys(VARIATIONS) as SpcVariation[]).filter((v) => result.points.some((p) => p.variation === v));
  const x = { field: "period", type: "ordinal", sort: null, title: L.xTitle, axis: { labelAngle: -45 } };
  const y = (field: string) => ({ field, type: "quantitative", scale: { zero: false }, title: L.yTitle });
  const detail = { field: "segment", type: "nominal" };
  const line = (field: string, mark: Record<string, unknown>) => ({ mark: { type: "line", ...mark }, encoding: { x, y: y(field), detail } });
  const layer: Record<string, unknown>[] = [
    line("upperLimit", { color: COLOURS.grey, strokeDash: [6, 4], strokeWidth: 1.5 }),
    line("lowerLimit", { color: COLOURS.grey, strokeDash: [6, 4], strokeWidth: 1.5 }),
    line("centre", { color: COLOURS.text, strokeWidth: 1 }),
    { mark: { type: "line", color: COLOURS.grey, strokeWidth: 2 }, encoding: { x, y: y("value") } },
    {
      mark: { type: "point", filled: true, size: 70, opacity: 1 },
      encoding: {
        x, y: y("value"),
        color: { field: "variation", type: "nominal", title: L.variation, scale: { domain: present.map((v) => labelOf(L.variations, v)), range: present.map((v) => VARIATIONS[v].colour) } },
        shape: { field: "variation", type: "nominal", title: L.variation, scale: { domain: present.map((v) => labelOf(L.variations, v)), range: present.map((v) => VARIATIONS[v].shape) } },
        tooltip: [{ field: "period", type: "ordinal", title: L.xTitle }, { field: "value", type: "quantitative", title: L.yTitle }, { field: "variation", type: "nominal", title: L.variation }, { field: "rules", type: "nominal", title: L.rules }],
      },
    },
  ];
  if (result.target !== null) {
    layer.push({ data: { values: [{ target: result.target }] }, mark: { type: "rule", color: COLOURS.green, strokeDash: [2, 2], strokeWidth: 1.5 }, encoding: { y: y("target") } });
  }
  return chartSpec(o, describe(result, periods, values, L), values, layer);
}

function describe(result: SpcResult, periods: string[], values: ChartDatum[], L: SpcChartLabels): string {
  const n = result.points.length;
  const last = n - 1;
  const latest = values[last] as ChartDatum;
  const flagged = values.filter((d) => d["rules"] !== "").map((d) => `${d["period"]} (${d["variation"]}: ${d["rules"]})`);
  const rebased = result.segments.slice(1).map((s) => periods[s.start] as string);
  return [
    `${CHARTS[result.chart]} of ${n} points, ${periods[0]} to ${periods[last]}.`,
    `Latest (${periods[last]}): ${formatNumber(result.points[last]?.value as number)}, ${latest["variation"]}; ${L.centre.toLowerCase()} ${formatNumber(result.mean)}, ${L.limits.toLowerCase()} ${formatNumber(result.lowerLimit)} to ${formatNumber(result.upperLimit)}.`,
    flagged.length > 0 ? `Special-cause points: ${flagged.join("; ")}.` : "No point shows special-cause variation.",
    rebased.length > 0 ? `Limits recalculated from ${rebased.join(", ")}.` : "",
    result.status === "no-variation" ? "The limits collapse onto the centre line: the values do not vary." : "",
    result.target !== null ? `${L.target} ${formatNumber(result.target)}${result.assurance === null ? "" : ` (assurance: ${result.assurance.replaceAll("-", " ")})`}.` : "",
  ].filter((s) => s !== "").join(" ");
}
