import { ArgumentError } from "../errors.js";
import type { Baseline } from "../baselines/types.js";
import type { GroupCounts } from "../types.js";
import type { DeprivationIssue } from "../measures/deprivationGradient.js";
import { checkBaseline } from "./checkBaseline.js";
import { normaliseCounts } from "./normaliseCounts.js";
import { checkCount, checkNonNegative } from "./validate.js";

/** One deprivation group, most deprived first: its label, population (null if suppressed) and count. */
export interface GradientGroup {
  readonly group: string;
  readonly population: number | null;
  readonly count: number;
}

/** Counts carried with the issues found while making them (the result of `deprivationCounts`). */
interface CountsWithIssues {
  readonly counts: GroupCounts;
  readonly issues: readonly DeprivationIssue[];
}

/** The group number of a label such as `"Q1"`, `"1"`, `"D10"` or `"quintile 2"`, or null. */
function groupNumber(label: string): number | null {
  const match = /^\s*(?:q|d|quintile|decile)?\s*(\d{1,3})\s*$/i.exec(label);
  return match ? Number(match[1]) : null;
}

/** The baseline's groups as populations 1..k, most deprived first. */
function populations(fn: string, baseline: unknown): { group: string; population: number | null }[] {
  let entries: { group: string; population: number | null }[];
  if (Array.isArray(baseline)) {
    entries = baseline.map((p, i) => ({ group: `Q${i + 1}`, population: checkNonNegative(fn, `baseline[${i}]`, p) }));
  } else if (baseline !== null && typeof baseline === "object" && "groups" in baseline) {
    const b: Baseline = checkBaseline(fn, "baseline", baseline);
    entries = b.groups.map((g) => ({ group: g.group, population: g.population }));
  } else {
    entries = normaliseCounts(fn, baseline as GroupCounts).map((e) => ({ group: e.group, population: e.count }));
  }
  const k = entries.length;
  if (k < 2 || k > 100) throw new ArgumentError(fn, "baseline", "must have from 2 to 100 deprivation groups", baseline);
  const ordered: ({ group: string; population: number | null } | undefined)[] = new Array(k);
  for (const entry of entries) {
    const n = groupNumber(entry.group);
    if (n === null || n < 1 || n > k || ordered[n - 1]) {
      throw new ArgumentError(fn, "baseline", `must label its ${k} groups 1 to ${k} (or Q1…, D1…), each once`, entry.group);
    }
    ordered[n - 1] = entry;
  }
  return ordered as { group: string; population: number | null }[];
}

/**
 * Joins counts to a deprivation baseline by group number: returns the groups in order (1 = most
 * deprived) and the issues carried from `deprivationCounts` plus counts for groups the baseline
 * lacks. A baseline group without a count is an error: a count of 0 must be given as 0.
 */
export function gradientGroups(fn: string, counts: unknown, baseline: unknown): { groups: GradientGroup[]; issues: DeprivationIssue[] } {
  const base = populations(fn, baseline);
  const carried = counts !== null && typeof counts === "object" && !Array.isArray(counts) && Array.isArray((counts as CountsWithIssues).issues) && "counts" in counts;
  const raw = carried ? (counts as CountsWithIssues).counts : counts;
  const issues: DeprivationIssue[] = carried ? [...(counts as CountsWithIssues).issues] : [];
  const entries = Array.isArray(raw) && raw.every((c) => typeof c === "number")
    ? (raw as number[]).map((c, i) => ({ group: `Q${i + 1}`, count: c, param: `counts[${i}]` }))
    : normaliseCounts(fn, raw as GroupCounts).map((e) => ({ ...e, param: `counts "${e.group}"` }));
  const byNumber = new Map<number, number>();
  for (const entry of entries) {
    const n = groupNumber(entry.group);
    const count = checkCount(fn, entry.param, entry.count, " (deprivation gradients count records)");
    if (n === null || n < 1 || n > base.length) {
      issues.push({ kind: "count-without-group", group: entry.group, count, message: `${count} records for "${entry.group}" match no deprivation group of the baseline and are left out.` });
    } else if (byNumber.has(n)) {
      throw new ArgumentError(fn, "counts", "must not name a deprivation group twice", entry.group);
    } else byNumber.set(n, count);
  }
  const groups = base.map((g, i) => {
    const count = byNumber.get(i + 1);
    if (count === undefined) throw new ArgumentError(fn, "counts", `must give a count (0 if none) for every group of the baseline; missing ${g.group}`, raw);
    return { group: g.group, population: g.population, count };
  });
  return { groups, issues };
}
