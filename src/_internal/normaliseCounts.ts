import { ArgumentError } from "../errors.js";
import { checkNonNegative } from "./validate.js";
import type { GroupCounts } from "../types.js";


/** Normalises {@link GroupCounts} to an array, rejecting negative, non-finite and repeated groups. */
export function normaliseCounts(fn: string, counts: GroupCounts): { group: string; count: number }[] {
  if (counts === null || typeof counts !== "object") throw new ArgumentError(fn, "counts", "must be an array of { group, count } or a record of counts", counts);
  const entries = Array.isArray(counts)
    ? (counts as readonly { group: string; count: number }[]).map((c, i) => {
        if (c === null || typeof c !== "object" || typeof c.group !== "string") throw new ArgumentError(fn, `counts[${i}]`, "must be { group, count }", c);
        return { group: c.group, count: checkNonNegative(fn, `counts[${i}].count`, c.count) };
      })
    : Object.entries(counts).map(([group, count]) => ({ group, count: checkNonNegative(fn, `counts["${group}"]`, count) }));
  const seen = new Set<string>();
  for (const { group } of entries) {
    if (seen.has(group)) throw new ArgumentError(fn, "counts", "must not name a group twice", group);
    seen.add(group);
  }
  return entries;
}
