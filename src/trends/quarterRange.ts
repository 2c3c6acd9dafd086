import { checkQuarterLabel, quarterIndex, quarterLabel } from "../_internal/periodLabels.js";
import { ArgumentError } from "../errors.js";

/**
 * Every financial quarter from one quarter to another, both included, in order: the axis of a
 * quarterly series, with quarters that have no records kept as gaps to fill with zero counts.
 *
 * @param from - the first quarter, e.g. `"2019/20 Q1"`
 * @param to - the last quarter, e.g. `"2021/22 Q4"`; may equal `from`
 * @returns the quarter labels, `from` first
 * @throws {@link ArgumentError} for anything but quarter labels, or `to` before `from`
 *
 * @example
 * ```ts
 * quarterRange("2019/20 Q3", "2020/21 Q2") // => ["2019/20 Q3", "2019/20 Q4", "2020/21 Q1", "2020/21 Q2"]
 * quarterRange("2019/20 Q1", "2021/22 Q4").length // => 12
 * ```
 */
export function quarterRange(from: string, to: string): string[] {
  const first = quarterIndex(checkQuarterLabel("quarterRange", "from", from));
  const last = quarterIndex(checkQuarterLabel("quarterRange", "to", to));
  if (last < first) throw new ArgumentError("quarterRange", "to", `must not be before from (${from})`, to);
  const labels: string[] = [];
  for (let i = first; i <= last; i++) labels.push(quarterLabel({ start: 1000 + Math.floor(i / 4), quarter: (i % 4) + 1 }));
  return labels;
}
