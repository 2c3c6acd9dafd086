import { ArgumentError } from "../errors.js";
import { normaliseCounts } from "./normaliseCounts.js";
import { labelKey } from "./referenceGroup.js";
import type { Baseline } from "../baselines/types.js";
import type { GroupCount, GroupCounts } from "../types.js";

/** The label of events whose group is not known (matched ignoring case). */
export const UNKNOWN = "unknown";

/**
 * Validates counts for a table of rate ratios (whole, non-negative numbers, each group once
 * ignoring case and spaces) and splits off the `Unknown` count, unless the baseline itself has an
 * `Unknown` group. Returns the other counts, the unknown count (0 when none was supplied) and the
 * total of all counts.
 */
export function splitUnknownCounts(fn: string, counts: GroupCounts, baseline: Baseline): { known: GroupCount[]; unknown: number; total: number } {
  const entries = normaliseCounts(fn, counts);
  const seen = new Set<string>();
  entries.forEach(({ group, count }, i) => {
    if (!Number.isInteger(count)) throw new ArgumentError(fn, Array.isArray(counts) ? `counts[${i}].count` : `counts["${group}"]`, "must be a whole number", count);
    if (seen.has(labelKey(group))) throw new ArgumentError(fn, "counts", "must not name a group twice (ignoring case and spaces)", group);
    seen.add(labelKey(group));
  });
  const unknownIsAGroup = baseline.groups.some((g) => labelKey(g.group) === UNKNOWN);
  const isUnknown = (e: GroupCount) => !unknownIsAGroup && labelKey(e.group) === UNKNOWN;
  return {
    known: entries.filter((e) => !isUnknown(e)),
    unknown: entries.find(isUnknown)?.count ?? 0,
    total: entries.reduce((sum, e) => sum + e.count, 0),
  };
}
