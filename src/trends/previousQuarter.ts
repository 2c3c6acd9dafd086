import { checkQuarterLabel, quarterAt, quarterIndex, quarterLabel } from "../_internal/periodLabels.js";

/**
 * The financial quarter before a quarter: `"2019/20 Q1"` (April–June 2019) follows `"2018/19 Q4"`
 * (January–March 2019).
 *
 * @param quarter - a quarter label as {@link financialQuarter} writes it, e.g. `"2019/20 Q1"`
 * @returns the previous quarter's label
 * @throws {@link ArgumentError} for anything but a quarter label (the two years must be consecutive,
 *   `"2019/21 Q1"` is rejected), or for `"1000/01 Q1"`, which has no predecessor in range
 *
 * @example
 * ```ts
 * previousQuarter("2019/20 Q1") // => "2018/19 Q4"
 * previousQuarter("2019/20 Q3") // => "2019/20 Q2"
 * ```
 */
export function previousQuarter(quarter: string): string {
  const q = checkQuarterLabel("previousQuarter", "quarter", quarter);
  return quarterLabel(quarterAt("previousQuarter", "quarter", quarter, quarterIndex(q) - 1));
}
