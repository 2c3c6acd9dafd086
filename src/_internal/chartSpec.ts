import { ArgumentError } from "../errors.js";
import type { ChartDatum, VegaLiteSpec } from "../report/chartTypes.js";
import { freezeResult } from "./freeze.js";
import { checkOptions, checkPositive, checkRecord } from "./validate.js";

/**
 * The chart palette: colour-blind-safe hues, each with a contrast of at least 4.5:1 against white
 * (WCAG 1.4.11 asks 3:1 of graphical objects; 1.4.3 asks 4.5:1 of text).
 */
export const COLOURS = { blue: "#1f5fa8", orange: "#b3430b", green: "#1b7837", purple: "#5e3c99", grey: "#595959", text: "#1a1a1a" } as const;

/** Text defaults of a chart: plain strings, or maps from a key (a group, a category) to its label. */
export type LabelDefaults = Record<string, string | Readonly<Record<string, string>>>;

/** Chart options after checking, with the label defaults merged in. */
export interface CheckedChartOptions<L extends LabelDefaults> {
  title: string;
  description: string | null;
  width: number;
  height: number;
  labels: L;
}

function checkText(fn: string, param: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") throw new ArgumentError(fn, param, "must be a non-empty string", value);
  return value;
}

/** Checks the options every chart builder shares and merges `labels` over the builder's defaults. */
export function checkChartOptions<L extends LabelDefaults>(fn: string, options: object | undefined, defaults: { title: string; width: number; height: number; labels: L }): CheckedChartOptions<L> {
  const opts = checkOptions(fn, options) as Record<string, unknown>;
  const title = opts["title"] === undefined ? defaults.title : checkText(fn, "options.title", opts["title"]);
  const description = opts["description"] === undefined ? null : checkText(fn, "options.description", opts["description"]);
  const width = opts["width"] === undefined ? defaults.width : checkPositive(fn, "options.width", opts["width"]);
  const height = opts["height"] === undefined ? defaults.height : checkPositive(fn, "options.height", opts["height"]);
  const labels: Record<string, string | Readonly<Record<string, string>>> = { ...defaults.labels };
  if (opts["labels"] !== undefined) {
    for (const [key, value] of Object.entries(checkRecord(fn, "options.labels", opts["labels"]))) {
      const param = `options.labels.${key}`;
      const fallback = defaults.labels[key];
      if (fallback === undefined) throw new ArgumentError(fn, "options.labels", `has no label ${JSON.stringify(key)}; the labels are ${Object.keys(defaults.labels).join(", ")}`, key);
      if (typeof fallback === "string") {
        labels[key] = checkText(fn, param, value);
      } else {
        const given = Object.entries(checkRecord(fn, param, value)).map(([k, v]) => [k, checkText(fn, `${param}.${k}`, v)]);
        labels[key] = { ...fallback, ...Object.fromEntries(given) };
      }
    }
  }
  return { title, description, width, height, labels: labels as L };
}

/** A number for a description: two decimals from 1 up (9.41), three significant figures below (0.0123). */
export function formatNumber(x: number): string {
  return x === 0 || Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3);
}

/** A confidence level as a percentage, e.g. 0.998 → "99.8%". */
export function levelText(level: number): string {
  return `${Number((level * 100).toPrecision(12))}%`;
}

/** A label from a map, falling back to the key itself. */
export function labelOf(map: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(map, key) ? (map[key] as string) : key;
}

function config(): Record<string, unknown> {
  const text = { labelColor: COLOURS.text, titleColor: COLOURS.text, labelFontSize: 11, titleFontSize: 12 };
  return {
    background: "#ffffff",
    font: "Arial, Helvetica, sans-serif",
    title: { color: COLOURS.text, fontSize: 14, anchor: "start" },
    axis: { ...text, domainColor: COLOURS.grey, tickColor: COLOURS.grey, gridColor: "#e0e0e0" },
    legend: { ...text },
    view: { stroke: null },
  };
}

/** Assembles a frozen spec with the keys always in the same order. */
export function chartSpec(options: CheckedChartOptions<LabelDefaults>, description: string, values: ChartDatum[], layer: Record<string, unknown>[]): VegaLiteSpec {
  return freezeResult({
    $schema: "https://vega.github.io/schema/vega-lite/v5.json" as const,
    title: options.title,
    description: options.description ?? description,
    width: options.width,
    height: options.height,
    data: { values },
    layer,
    config: config(),
  });
}
