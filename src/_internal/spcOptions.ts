import { ArgumentError } from "../errors.js";
import { checkChoice } from "./checkChoice.js";
import type { SpcChartKind } from "./spcLimits.js";
import { checkOptions } from "./validate.js";

const FN = "spc";
const CHARTS: readonly SpcChartKind[] = ["xmr", "p", "u", "p-prime", "u-prime"];
const PRESETS = ["making-data-count", "nhsr-plotthedots"] as const;
const IMPROVEMENTS = ["increase", "decrease", "neither"] as const;
const SCALES = ["linear", "log"] as const;

/** What each preset sets; explicit options override it. */
const PRESET_SETTINGS = {
  "making-data-count": { screenMovingRanges: false, twoOfThreeIncludesOutside: true },
  "nhsr-plotthedots": { screenMovingRanges: true, twoOfThreeIncludesOutside: false },
} as const;

/** The options of `spc` as read here (the public type lives with `spc`). */
interface RawOptions {
  chart?: unknown; denominators?: unknown; preset?: unknown; screenMovingRanges?: unknown; twoOfThreeIncludesOutside?: unknown;
  shiftLength?: unknown; trendLength?: unknown; improvement?: unknown; target?: unknown; rebase?: unknown; scale?: unknown;
}

function checkBoolean(param: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new ArgumentError(FN, param, "must be true or false", value);
  return value;
}

function checkRunLength(param: string, value: unknown): number {
  if (value === undefined) return 7;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 2) throw new ArgumentError(FN, param, "must be a whole number of at least 2", value);
  return value;
}

function checkNumbers(param: string, value: unknown, n: number | null): number[] {
  if (!Array.isArray(value)) throw new ArgumentError(FN, param, "must be an array of numbers", value);
  if (n === null && value.length < 2) throw new ArgumentError(FN, param, "must hold at least 2 values", value);
  if (n !== null && value.length !== n) throw new ArgumentError(FN, param, `must have one entry per value (${n})`, value);
  value.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new ArgumentError(FN, `${param}[${i}]`, "must be a finite number", v);
  });
  return value as number[];
}

/** Segment start indices: 0 and each rebase index, checked to leave 2 or more points per segment. */
function checkRebase(value: unknown, n: number): number[] {
  if (value === undefined) return [0];
  if (!Array.isArray(value)) throw new ArgumentError(FN, "options.rebase", "must be an array of point indices", value);
  const starts = [0];
  for (const [i, v] of value.entries()) {
    if (typeof v !== "number" || !Number.isInteger(v) || v < 2 || v > n - 2) throw new ArgumentError(FN, `options.rebase[${i}]`, `must be a whole number from 2 to ${n - 2}, so that every segment has at least 2 points`, v);
    if (v - (starts[starts.length - 1] as number) < 2) throw new ArgumentError(FN, `options.rebase[${i}]`, "must be at least 2 more than the previous rebase index", v);
    starts.push(v);
  }
  return starts;
}

/** Reads and checks the values and options of `spc`, applying the preset. */
export function spcSettings(values: unknown, options: object | undefined) {
  const opts = checkOptions(FN, options as RawOptions | undefined) as RawOptions;
  const chart = checkChoice(FN, "options.chart", opts.chart, CHARTS, "xmr");
  const data = checkNumbers("values", values, null);
  const preset = checkChoice(FN, "options.preset", opts.preset, PRESETS, "making-data-count");
  const presetSettings = PRESET_SETTINGS[preset];
  const scale = checkChoice(FN, "options.scale", opts.scale, SCALES, "linear");
  if (scale === "log" && chart !== "xmr") throw new ArgumentError(FN, "options.scale", 'can be "log" only for an XmR chart', scale);
  if (scale === "log") data.forEach((v, i) => { if (v <= 0) throw new ArgumentError(FN, `values[${i}]`, 'must be greater than 0 with scale "log"', v); });
  let denominators: number[] = [];
  if (chart === "xmr") {
    if (opts.denominators !== undefined) throw new ArgumentError(FN, "options.denominators", "must be left out for an XmR chart", opts.denominators);
  } else {
    if (opts.denominators === undefined) throw new ArgumentError(FN, "options.denominators", `is required for a ${chart} chart`, undefined);
    denominators = checkNumbers("options.denominators", opts.denominators, data.length);
    denominators.forEach((d, i) => { if (d <= 0) throw new ArgumentError(FN, `options.denominators[${i}]`, "must be greater than 0", d); });
    data.forEach((v, i) => {
      if (v < 0) throw new ArgumentError(FN, `values[${i}]`, "must not be negative", v);
      if (chart.startsWith("p") && v > (denominators[i] as number)) throw new ArgumentError(FN, `values[${i}]`, `must not exceed options.denominators[${i}] (${denominators[i]})`, v);
    });
  }
  const target = opts.target;
  if (target !== undefined && (typeof target !== "number" || !Number.isFinite(target))) throw new ArgumentError(FN, "options.target", "must be a finite number or undefined", target);
  if (scale === "log" && target !== undefined && target <= 0) throw new ArgumentError(FN, "options.target", 'must be greater than 0 with scale "log"', target);
  return {
    chart, values: data, denominators, preset, scale,
    screenMovingRanges: checkBoolean("options.screenMovingRanges", opts.screenMovingRanges, presetSettings.screenMovingRanges),
    twoOfThreeIncludesOutside: checkBoolean("options.twoOfThreeIncludesOutside", opts.twoOfThreeIncludesOutside, presetSettings.twoOfThreeIncludesOutside),
    shiftLength: checkRunLength("options.shiftLength", opts.shiftLength),
    trendLength: checkRunLength("options.trendLength", opts.trendLength),
    improvement: checkChoice(FN, "options.improvement", opts.improvement, IMPROVEMENTS, "increase"),
    target: target as number | undefined,
    starts: checkRebase(opts.rebase, data.length),
  };
}
