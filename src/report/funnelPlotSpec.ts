import { funnelLimits } from "../stats/funnelLimits.js";
import type { FunnelSignificance } from "../stats/funnelSignificance.js";
import { checkChartOptions, chartSpec, COLOURS, formatNumber, labelOf, levelText } from "../_internal/chartSpec.js";
import { checkRecord } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import type { ChartDatum, ChartOptions, VegaLiteSpec } from "./chartTypes.js";

/** The text of a funnel plot, each replaceable through `options.labels`. */
export interface FunnelPlotLabels {
  /** The x axis title; defaults to "Population" (rates), "Expected count" (ratios) or "Denominator" (proportions). */
  readonly xTitle: string;
  /** The y axis title; defaults to e.g. "Rate per 1000", "Ratio (observed ÷ expected)" or "Proportion". */
  readonly yTitle: string;
  /** The tooltip title of the area name; defaults to "Area". */
  readonly area: string;
  /** The legend title of the limit curves; defaults to "Control limits". */
  readonly limits: string;
  /** The legend title of the area markers; defaults to "Compared with the target". */
  readonly significance: string;
  /** The target's name; defaults to "Target". */
  readonly target: string;
  /** Display names of the significance labels (legend entries), e.g. `{ "above-99.8": "Above the 99.8% limit" }`. */
  readonly significances: Readonly<Record<string, string>>;
  /** Display names of areas, by the area as given; unlisted areas keep their name. */
  readonly areas: Readonly<Record<string, string>>;
}

/** Options for {@link funnelPlotSpec}: `title`, `description`, `labels`, `width` (default 520) and `height` (default 320). */
export type FunnelPlotOptions = ChartOptions<FunnelPlotLabels>;

const FN = "funnelPlotSpec";
/** Points on each limit curve, spaced evenly on a log scale of the denominator. */
const STEPS = 60;

/** The denominators to draw the curves at: from half the smallest area's to 1.1 times the largest. */
function grid(denominators: number[]): number[] {
  const lo = Math.min(...denominators) / 2;
  const hi = Math.max(...denominators) * 1.1;
  return Array.from({ length: STEPS }, (_, i) => lo * (hi / lo) ** (i / (STEPS - 1)));
}

/**
 * A Vega-Lite v5 funnel plot of a {@link funnelSignificance} result: each area's value against its
 * denominator, the target line and the control-limit curves at each level (by default 95% and
 * 99.8%), with areas outside the limits marked by colour and shape.
 *
 * @remarks
 * The curves are {@link funnelLimits} around the result's target at 60 denominators spaced evenly
 * on a log scale from half the smallest area's denominator to 1.1 times the largest, with the
 * result's type, levels, `per` and (when overdispersion was found) τ², so they are the limits the
 * areas were judged against. Areas inside every limit are blue circles, those above a limit orange
 * triangles (a diamond beyond the highest level), those below purple triangles (a square beyond the
 * highest level): colour is never the only cue (WCAG 1.4.1). The y axis runs from 0 to 1.1 times
 * the highest of the target, the areas' values and their upper limits; the curves are clipped there. Areas with a denominator of 0 cannot
 * be plotted; they are left out and named in the description, which (as the SVG's `aria-label`)
 * also gives the target and every area's value and position. Deterministic.
 *
 * @param result - a {@link FunnelSignificance}
 * @param options - `title`, `description`, `labels` ({@link FunnelPlotLabels}), `width`, `height`
 * @returns a frozen {@link VegaLiteSpec}
 * @throws {@link ArgumentError} when `result` is not a funnelSignificance() result or an option is invalid
 *
 * @example
 * ```ts
 * const areas = [
 *   { area: "A", numerator: 120, denominator: 1000 },
 *   { area: "B", numerator: 95, denominator: 1000 },
 *   { area: "C", numerator: 45, denominator: 500 },
 *   { area: "D", numerator: 140, denominator: 2000 },
 * ];
 * const spec = funnelPlotSpec(funnelSignificance(areas));
 * spec.data.values.map((d) => d.significance) // => ["Above the 99.8% limit", "Within the limits", "Within the limits", "Below the 95% limit"]
 * spec.data.values[0]?.value // => 120
 * ```
 */
export function funnelPlotSpec(result: FunnelSignificance, options?: FunnelPlotOptions): VegaLiteSpec {
  const r = checkRecord(FN, "result", result);
  if (!Array.isArray(r["areas"]) || !Array.isArray(r["levels"]) || typeof r["target"] !== "number") {
    throw new ArgumentError(FN, "result", "must be a funnelSignificance() result", result);
  }
  const { type, per, target, levels } = result;
  const codes = ["within", ...levels.map((l) => `above-${levelText(l).slice(0, -1)}`), ...levels.map((l) => `below-${levelText(l).slice(0, -1)}`)];
  const names = Object.fromEntries(codes.map((c) => [c, c === "within" ? "Within the limits" : `${c.startsWith("above") ? "Above" : "Below"} the ${c.replace(/^\w+-/, "")}% limit`]));
  const o = checkChartOptions(FN, options, {
    title: "Funnel plot by area",
    width: 520,
    height: 320,
    labels: {
      xTitle: type === "rate" ? "Population" : type === "ratio" ? "Expected count" : "Denominator",
      yTitle: type === "rate" ? `Rate per ${per}` : type === "ratio" ? "Ratio (observed ÷ expected)" : "Proportion",
      area: "Area", limits: "Control limits", significance: "Compared with the target", target: "Target",
      significances: names as Readonly<Record<string, string>>, areas: {} as Readonly<Record<string, string>>,
    },
  });
  const L = o.labels;
  const shown = result.areas.filter((a) => a.status === "ok");
  const values: ChartDatum[] = shown.map((a) => ({ area: labelOf(L.areas, a.area), numerator: a.numerator, denominator: a.denominator, value: a.value, significance: labelOf(L.significances, a.significance) }));
  const tau2 = result.overdispersion?.found === true ? result.overdispersion.tau2 : 0;
  const curves = shown.length === 0 ? [] : funnelLimits(target, grid(shown.map((a) => a.denominator)), { type, levels, per, tau2 }).points.flatMap((p) =>
    p.limits.flatMap((b) => [{ denominator: p.denominator, level: levelText(b.level), bound: "lower", limit: b.lower }, { denominator: p.denominator, level: levelText(b.level), bound: "upper", limit: b.upper }]),
  );
  const present = codes.filter((c) => shown.some((a) => a.significance === c));
  const style = (c: string) => {
    const top = c.endsWith(`-${levelText(levels[levels.length - 1] as number).slice(0, -1)}`) && levels.length > 1;
    if (c === "within") return { colour: COLOURS.blue, shape: "circle" };
    return c.startsWith("above") ? { colour: COLOURS.orange, shape: top ? "diamond" : "triangle-up" } : { colour: COLOURS.purple, shape: top ? "square" : "triangle-down" };
  };
  const x = (field: string) => ({ field, type: "quantitative", title: L.xTitle });
  // The y axis runs from 0 to just above every area, its limits and the target; the curves are clipped there.
  const highest = Math.max(target, ...shown.flatMap((a) => [a.value as number, ...a.limits.map((b) => b.upper)]));
  const top = highest > 0 ? highest * 1.1 : 1;
  const y = (field: string) => ({ field, type: "quantitative", scale: { domain: [0, top] }, title: L.yTitle });
  const marker = (channel: "colour" | "shape") => ({ domain: present.map((c) => labelOf(L.significances, c)), range: present.map((c) => style(c)[channel]) });
  const dashes = levels.map((_, i) => (i === levels.length - 1 ? [1, 0] : [6, 3]));
  const described = shown.map((a) => `${labelOf(L.areas, a.area)} ${formatNumber(a.value as number)} (${labelOf(L.significances, a.significance).toLowerCase()})`);
  const missing = result.areas.filter((a) => a.status !== "ok").map((a) => labelOf(L.areas, a.area));
  const description = [
    `Funnel plot of ${shown.length} area${shown.length === 1 ? "" : "s"}: ${L.yTitle.toLowerCase()} against ${L.xTitle.toLowerCase()}, with a target of ${formatNumber(target)} and ${levels.map(levelText).join(" and ")} control limits (${result.method}).`,
    described.length > 0 ? `${described.join("; ")}.` : "",
    missing.length > 0 ? `Not shown (denominator 0): ${missing.join(", ")}.` : "",
  ].filter((s) => s !== "").join(" ");
  return chartSpec(o, description, values, [
    {
      data: { values: curves },
      mark: { type: "line", color: COLOURS.grey, strokeWidth: 1.5, clip: true },
      encoding: { x: x("denominator"), y: y("limit"), detail: { field: "bound", type: "nominal" }, strokeDash: { field: "level", type: "nominal", title: L.limits, scale: { domain: levels.map(levelText), range: dashes } } },
    },
    { data: { values: [{ target }] }, mark: { type: "rule", color: COLOURS.green, strokeWidth: 1.5 }, encoding: { y: y("target") } },
    {
      mark: { type: "point", filled: true, size: 70, opacity: 1 },
      encoding: {
        x: x("denominator"), y: y("value"),
        color: { field: "significance", type: "nominal", title: L.significance, scale: marker("colour") },
        shape: { field: "significance", type: "nominal", title: L.significance, scale: marker("shape") },
        tooltip: [{ field: "area", type: "nominal", title: L.area }, { field: "value", type: "quantitative", title: L.yTitle }, { field: "denominator", type: "quantitative", title: L.xTitle }, { field: "significance", type: "nominal", title: L.significance }],
      },
    },
  ]);
}
