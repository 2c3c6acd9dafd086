import { ArgumentError } from "../errors.js";
import { packHtml, type SvgRenderer } from "../_internal/pack/packHtml.js";
import { packMarkdown } from "../_internal/pack/packMarkdown.js";
import { checkOptions, checkRecord } from "../_internal/validate.js";
import type { PackChart, ScrutinyPack } from "./scrutinyPackTypes.js";
import { toCsv } from "./toCsv.js";

/** Options for {@link scrutinyPackFiles}. */
export interface ScrutinyPackFilesOptions {
  /** Renders a chart as inline SVG for `report.html` (e.g. with `renderSvg` from `disproportionality/node`); without it the page carries each chart's data table only. */
  readonly svg?: (chart: PackChart) => string;
}

const FN = "scrutinyPackFiles";

/**
 * The files of a scrutiny pack, by path: `scrutiny.json` (every figure, interval, method, status
 * and provenance), `tables/<id>.csv` (one tidy table a file, CSV-injection safe), `report.md`,
 * `report.html` (one self-contained accessible page) and `charts/<id>.vl.json` (Vega-Lite v5).
 *
 * @remarks
 * Everything is written from the pack's disclosed tables and chart specs, so no file can hold a
 * suppressed value. Deterministic: the same pack gives byte-identical files, paths sorted, no
 * timestamps. Write them with `writeScrutinyPack` (`disproportionality/node`) or your own code.
 *
 * @param pack - a pack from {@link buildScrutinyPack}
 * @param options - `svg`, the chart renderer for the HTML page
 * @returns a frozen object of file path → text
 * @throws {@link ArgumentError} when `pack` has no sections or `options.svg` is not a function
 *
 * @example
 * ```ts
 * const config = { title: "Demo", period: { current: "2021/22", baseline: "2019/20" }, sources: [{ name: "hr", schema: "hr", paths: ["hr.csv"] }] };
 * const staff = (sex: string, hourlyPay: number) => ({ sex, hourlyPay, bonus: 0, fullPay: true, ethnicity: "White", workerType: "Police Officer", snapshotDate: "2022-03-31", startDate: "2010-01-01", leaveDate: null });
 * const records = [...Array.from({ length: 40 }, (_, i) => staff("Female", 15 + i / 10)), ...Array.from({ length: 60 }, (_, i) => staff("Male", 16 + i / 10))];
 * const pack = buildScrutinyPack(config, { sources: [{ name: "hr", files: [], summary: { rowsRead: 100, accepted: 100, rejected: 0 }, counts: [], records }], censusCsv: null, glossary: null, package: { name: "disproportionality", version: "0.1.0" } });
 * const files = scrutinyPackFiles(pack);
 * Object.keys(files).includes("tables/gender-pay-gap.csv") // => true
 * files["tables/gender-pay-gap.csv"]?.split("\n")[1] // => "mean_hourly_gap,Mean gender pay gap,10.55,40,60"
 * ```
 */
export function scrutinyPackFiles(pack: ScrutinyPack, options?: ScrutinyPackFilesOptions): Readonly<Record<string, string>> {
  checkRecord(FN, "pack", pack);
  if (!Array.isArray(pack.sections) || pack.sections.length === 0) throw new ArgumentError(FN, "pack.sections", "must be a non-empty array (build the pack with buildScrutinyPack)", pack.sections);
  const svg = checkOptions(FN, options).svg;
  if (svg !== undefined && typeof svg !== "function") throw new ArgumentError(FN, "options.svg", "must be a function from a chart to SVG markup", svg);
  const files: Record<string, string> = {
    "scrutiny.json": `${JSON.stringify(pack, null, 2)}\n`,
    "report.md": packMarkdown(pack),
    "report.html": packHtml(pack, (svg as SvgRenderer | undefined) ?? null),
  };
  for (const section of pack.sections) {
    for (const table of section.tables) files[`tables/${table.id}.csv`] = toCsv({ columns: table.columns, rows: table.rows });
    for (const chart of section.charts) files[`charts/${chart.id}.vl.json`] = `${JSON.stringify(chart.spec, null, 2)}\n`;
  }
  return Object.freeze(Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))));
}
