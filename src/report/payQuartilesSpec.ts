import type { GenderPayGap, GenderPayGapBand } from "../paygap/genderPayGap.js";
import { checkChartOptions, chartSpec, COLOURS, labelOf } from "../_internal/chartSpec.js";
import { checkRecord } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import type { ChartDatum, ChartOptions, VegaLiteSpec } from "./chartTypes.js";

/** The text of a pay quartile chart, each replaceable through `options.labels`. */
export interface PayQuartilesLabels {
  /** The x axis title; defaults to "Quartile pay band (lowest paid first)". */
  readonly xTitle: string;
  /** The y axis title; defaults to "Percentage of employees". */
  readonly yTitle: string;
  /** The legend title; defaults to "Sex". */
  readonly sex: string;
  /** The name of men; defaults to "Men". */
  readonly men: string;
  /** The name of women; defaults to "Women". */
  readonly women: string;
  /** Display names of the bands, by `lower`, `lowerMiddle`, `upperMiddle`, `upper`. */
  readonly bands: Readonly<Record<string, string>>;
}

/** Options for {@link payQuartilesSpec}: `title`, `description`, `labels`, `width` (default 420) and `height` (default 300). */
export type PayQuartilesOptions = ChartOptions<PayQuartilesLabels>;

const FN = "payQuartilesSpec";
const BANDS: readonly GenderPayGapBand[] = ["lower", "lowerMiddle", "upperMiddle", "upper"];
const BAND_NAMES = { lower: "Lower", lowerMiddle: "Lower middle", upperMiddle: "Upper middle", upper: "Upper" };

/**
 * A Vega-Lite v5 stacked bar chart of the statutory quartile pay bands of a {@link genderPayGap}
 * result: in each band, lowest paid first, the percentage of men and of women.
 *
 * @remarks
 * Each band is one bar of 100%: men from 0 (blue), women above (orange), each segment labelled
 * with its sex and percentage in white text, so colour is never the only cue (WCAG 1.4.1; white
 * on either colour has a contrast above 4.5:1). The bar ends are precomputed (`start`, `end`,
 * `middle` in the data), so no stacking is left to the renderer. Bands with no figures (fewer than
 * four full-pay employees leave some empty: `statuses.quartiles` `"empty-bands"`; none with
 * `"no-employees"`) are left out and named in the description, which gives every other band's
 * percentages (one decimal), as the SVG's `aria-label`. Deterministic.
 *
 * @param result - a {@link GenderPayGap}
 * @param options - `title`, `description`, `labels` ({@link PayQuartilesLabels}), `width`, `height`
 * @returns a frozen {@link VegaLiteSpec}
 * @throws {@link ArgumentError} when `result` is not a genderPayGap() result or an option is invalid
 *
 * @example
 * ```ts
 * const gap = genderPayGap([
 *   { sex: "Female", hourlyPay: 10 }, { sex: "Female", hourlyPay: 11 }, { sex: "Male", hourlyPay: 12 }, { sex: "Female", hourlyPay: 13 },
 *   { sex: "Male", hourlyPay: 14 }, { sex: "Female", hourlyPay: 15 }, { sex: "Male", hourlyPay: 16 }, { sex: "Male", hourlyPay: 20 },
 * ]);
 * const spec = payQuartilesSpec(gap);
 * spec.data.values.map((d) => d.text) // => ["Men 0.0%", "Women 100.0%", "Men 50.0%", "Women 50.0%", "Men 50.0%", "Women 50.0%", "Men 100.0%", "Women 0.0%"]
 * ```
 */
export function payQuartilesSpec(result: GenderPayGap, options?: PayQuartilesOptions): VegaLiteSpec {
  const r = checkRecord(FN, "result", result);
  const q = r["quartiles"];
  if (q === null || typeof q !== "object" || !BANDS.every((b) => Object.hasOwn(q, b))) {
    throw new ArgumentError(FN, "result", "must be a genderPayGap() result", result);
  }
  const o = checkChartOptions(FN, options, {
    title: "Men and women in each quartile pay band",
    width: 420,
    height: 300,
    labels: { xTitle: "Quartile pay band (lowest paid first)", yTitle: "Percentage of employees", sex: "Sex", men: "Men", women: "Women", bands: BAND_NAMES as Readonly<Record<string, string>> },
  });
  const L = o.labels;
  const values: ChartDatum[] = [];
  const described: string[] = [];
  const empty: string[] = [];
  for (const band of BANDS) {
    const { male, female } = result.quartiles[band];
    if (male === null || female === null) {
      empty.push(labelOf(L.bands, band));
      continue;
    }
    const name = labelOf(L.bands, band);
    values.push({ band: name, sex: L.men, percent: male, start: 0, end: male, middle: male / 2, text: `${L.men} ${male.toFixed(1)}%` });
    values.push({ band: name, sex: L.women, percent: female, start: male, end: 100, middle: male + female / 2, text: `${L.women} ${female.toFixed(1)}%` });
    described.push(`${name}: ${L.women.toLowerCase()} ${female.toFixed(1)}%, ${L.men.toLowerCase()} ${male.toFixed(1)}%`);
  }
  const description = described.length === 0
    ? "No quartile pay band figures: there are no full-pay men or women."
    : [
      `Percentage of ${L.women.toLowerCase()} and ${L.men.toLowerCase()} in each quartile pay band, lowest paid first. ${described.join("; ")}.`,
      empty.length > 0 ? `No figures for ${empty.join(", ")}: fewer than four full-pay employees leave some bands empty.` : "",
    ].filter((s) => s !== "").join(" ");
  const x = { field: "band", type: "ordinal", sort: null, title: L.xTitle, axis: { labelAngle: 0 } };
  const colour = { field: "sex", type: "nominal", title: L.sex, scale: { domain: [L.men, L.women], range: [COLOURS.blue, COLOURS.orange] } };
  return chartSpec(o, description, values, [
    {
      mark: { type: "bar", stroke: "#ffffff", strokeWidth: 1 },
      encoding: { x, y: { field: "start", type: "quantitative", scale: { domain: [0, 100] }, title: L.yTitle }, y2: { field: "end" }, color: colour, tooltip: [{ field: "band", type: "ordinal", title: L.xTitle }, { field: "text", type: "nominal", title: L.sex }] },
    },
    // Labels only where the segment is tall enough to hold them (the description has every figure).
    { transform: [{ filter: "datum.percent >= 8" }], mark: { type: "text", color: "#ffffff", fontSize: 11 }, encoding: { x, y: { field: "middle", type: "quantitative", title: L.yTitle }, text: { field: "text", type: "nominal" } } },
  ]);
}
