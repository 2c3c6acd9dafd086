import { ArgumentError } from "../errors.js";
import type { Baseline } from "../baselines/types.js";

/** A group label as matched against a baseline: trimmed and lower-cased (as ratesPer matches). */
export function labelKey(label: string): string {
  return label.trim().toLowerCase();
}

/**
 * The baseline label of the reference group: the one requested (matched ignoring case), else
 * `"White"` for an ethnicity dimension that has it, else the group with the largest population
 * (the first such in the baseline's order; suppressed populations count as smallest).
 */
export function referenceGroup(fn: string, baseline: Baseline, requested: unknown): string {
  const groups = baseline.groups;
  const first = groups[0];
  if (first === undefined) throw new ArgumentError(fn, "baseline", "must have at least one group", baseline);
  if (requested !== undefined) {
    const found = typeof requested === "string" ? groups.find((g) => labelKey(g.group) === labelKey(requested)) : undefined;
    if (!found) throw new ArgumentError(fn, "options.reference", `must name a group of the baseline (${groups.map((g) => g.group).join(", ")})`, requested);
    return found.group;
  }
  const white = /^ethnic/i.test(baseline.dimension) ? groups.find((g) => labelKey(g.group) === "white") : undefined;
  if (white) return white.group;
  return groups.reduce((best, g) => ((g.population ?? -1) > (best.population ?? -1) ? g : best), first).group;
}
