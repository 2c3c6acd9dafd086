import type { DisproportionalityRow, DisproportionalityTable } from "../measures/disproportionality.js";
import { checkChartOptions, chartSpec, COLOURS, formatNumber, labelOf, levelText } from "../_internal/chartSpec.js";
import { checkRecord } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import type { ChartDatum, ChartOptions, VegaLiteSpec } from "./chartTypes.js";

/** The text of a forest plot, each replaceable through `options.labels`. */
export interface ForestPlotLabels {
  /** The x axis title; defaults to e.g. "Rate ratio against White (95% interval, log scale)". */
  readonly xTitle: string;
  /** The y axis title; defaults to "Group". */
  readonly yTitle: string;
  /** The tooltip title of the ratio and interval; defaults to e.g. "Ratio (95% interval)". */
  readonly interval: string;
  /** Display names of groups, by the table's group label (e.g. `{ Black: "Du" }`); unlisted groups keep their label. */
  readonly groups: Readonly<Record<string, string>>;
}

/** Options for {@link forestPlotSpec}: `title`, `description`, `labels`, `width` (default 480) and `height` (default 40 per row, at least 120). */
export type ForestPlotOptions = ChartOptions<ForestPlotLabels>;

const FN = "forestPlotSpec";

/** Why a row has no ratio to plot, or null when it has one. */
function leftOut(row: DisproportionalityRow): string | null {
  if (row.status === "suppressed-population") return "population suppressed";
  if (row.status === "zero-population") return "population 0";
  if (row.status === "no-reference-rate") return "no reference rate";
  if (row.ratio?.status === "zero-ratio") return "ratio 0: no events";
  if (row.ratio?.status === "infinite-ratio") return "ratio infinite: no reference events";
  if (row.ratio?.status === "undefined-ratio") return "no events in either group";
  return row.ratio === null ? "no ratio" : null;
}

/**
 * A Vega-Lite v5 forest plot of a {@link disproportionality} table: each non-reference group's
 * rate ratio as a point with its confidence interval as a bar, on a log scale with a line at 1.
 *
 * @remarks
 * One row per non-reference group whose ratio has status `"ok"`, in the table's order. Rows
 * without a finite, positive ratio and interval (population suppressed or 0, no reference rate, a
 * ratio of 0 or infinity) cannot sit on a log scale: they are left out and named, with the reason,
 * in the description. The description (the SVG's `aria-label`) lists every ratio with its
 * interval and says which are significant after the table's multiplicity adjustment. The data
 * carry the ratio, limits, count, rate and adjusted p-value of each row. Marks use colours with at
 * least 4.5:1 contrast against white; the output is deterministic (same table, same JSON).
 * Apply disclosure control to the table before charting: the spec shows what it is given.
 *
 * @param table - a {@link DisproportionalityTable}
 * @param options - `title`, `description`, `labels` ({@link ForestPlotLabels}), `width`, `height`
 * @returns a frozen {@link VegaLiteSpec}
 * @throws {@link ArgumentError} when `table` is not a disproportionality table or an option is invalid
 *
 * @example
 * ```ts
 * const table = disproportionality({ Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 }, gwentPopulation({ census: 2011 }));
 * const spec = forestPlotSpec(table);
 * spec.data.values.map((d) => d.group) // => ["Mixed", "Asian", "Black", "Other"]
 * spec.data.values[2]?.text // => "9.41 (7.70 to 11.39)"
 * spec.title // => "Rate ratios by ethnicity against White, Gwent"
 * ```
 */
export function forestPlotSpec(table: DisproportionalityTable, options?: ForestPlotOptions): VegaLiteSpec {
  const t = checkRecord(FN, "table", table);
  if (!Array.isArray(t["rows"]) || typeof t["reference"] !== "string" || typeof t["level"] !== "number") {
    throw new ArgumentError(FN, "table", "must be a disproportionality() result", table);
  }
  const level = levelText(table.level);
  const rows = table.rows.filter((r) => r.group !== table.reference);
  const o = checkChartOptions(FN, options, {
    title: `Rate ratios by ${table.dimension} against ${table.reference}, ${table.area.name}`,
    width: 480,
    height: Math.max(120, 40 * rows.length),
    labels: { xTitle: `Rate ratio against ${table.reference} (${level} interval, log scale)`, yTitle: "Group", interval: `Ratio (${level} interval)`, groups: {} as Readonly<Record<string, string>> },
  });
  const name = (group: string) => labelOf(o.labels.groups, group);
  const values: ChartDatum[] = [];
  const missing: string[] = [];
  for (const row of rows) {
    const why = leftOut(row);
    if (why !== null || row.ratio === null || row.rate === null) {
      missing.push(`${name(row.group)} (${why ?? "no ratio"})`);
      continue;
    }
    const r = row.ratio;
    const text = `${formatNumber(r.value as number)} (${formatNumber(r.lower)} to ${formatNumber(r.upper)})`;
    values.push({ group: name(row.group), ratio: r.value, lower: r.lower, upper: r.upper, count: row.count, rate: row.rate.value, adjustedPValue: r.adjustedPValue, significant: row.significant, text });
  }
  const ref = name(table.reference);
  const listed = values.map((d) => `${d["group"]}/${ref} ratio ${d["text"]}${d["significant"] ? ", significant" : ""}`);
  const description = [
    `Rate ratios by ${table.dimension} against ${ref} in ${table.area.name}, with ${level} confidence intervals on a log scale.`,
    listed.length > 0 ? `${listed.join("; ")}.` : "No group has a ratio to show.",
    listed.length > 0 ? `Significant means the ${table.adjust}-adjusted p-value is below ${Number((1 - table.level).toPrecision(12))}.` : "",
    missing.length > 0 ? `Not shown: ${missing.join("; ")}.` : "",
  ].filter((s) => s !== "").join(" ");
  const x = (field: string) => ({ field, type: "quantitative", scale: { type: "log" }, title: o.labels.xTitle });
  const y = { field: "group", type: "nominal", sort: null, title: o.labels.yTitle };
  return chartSpec(o, description, values, [
    { data: { values: [{ reference: 1 }] }, mark: { type: "rule", color: COLOURS.grey, strokeDash: [4, 4] }, encoding: { x: x("reference") } },
    { mark: { type: "rule", color: COLOURS.blue, strokeWidth: 2 }, encoding: { x: x("lower"), x2: { field: "upper" }, y } },
    {
      mark: { type: "point", shape: "square", filled: true, size: 80, color: COLOURS.blue },
      encoding: { x: x("ratio"), y, tooltip: [{ field: "group", type: "nominal", title: o.labels.yTitle }, { field: "text", type: "nominal", title: o.labels.interval }] },
    },
  ]);
}
