import { checkQuarterLabel, quarterAt, quarterIndex, quarterLabel } from "../_internal/periodLabels.js";

/**
 * The same financial quarter a year earlier, for year-on-year comparisons that avoid seasonality:
 * `"2020/21 Q1"` → `"2019/20 Q1"`.
 *
 * @param quarter - a quarter label as {@link financialQuarter} writes it, e.g. `"2020/21 Q1"`
 * @returns the label of the quarter four quarters earlier
 * @throws {@link ArgumentError} for anything but a quarter label, or a quarter of 1000/01 (no
 *   year before it in range)
 *
 * @example
 * ```ts
 * sameQuarterLastYear("2020/21 Q1") // => "2019/20 Q1"
 * sameQuarterLastYear("2000/01 Q4") // => "1999/00 Q4"
 * ```
 */
export function sameQuarterLastYear(quarter: string): string {
  const q = checkQuarterLabel("sameQuarterLastYear", "quarter", quarter);
  return quarterLabel(quarterAt("sameQuarterLastYear", "quarter", quarter, quarterIndex(q) - 4));
}
