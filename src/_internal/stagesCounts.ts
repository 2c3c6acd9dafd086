import { ArgumentError } from "../errors.js";
import { checkBaseline } from "./checkBaseline.js";
import { normaliseCounts } from "./normaliseCounts.js";
import { groupKey } from "./stagesReference.js";
import { checkCount } from "./validate.js";
import type { Baseline } from "../baselines/types.js";
import type { GroupCounts } from "../types.js";

/** A stage's counts by group key: the label as first given and the count (`null` for a suppressed population). */
export type StageEntries = Map<string, { group: string; count: number | null }>;

/** True for a {@link Baseline} rather than {@link GroupCounts}: a record of counts never has an array `groups`. */
export function isBaseline(value: unknown): value is Baseline {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Array.isArray((value as { groups?: unknown }).groups);
}

/**
 * Normalises one stage's counts (whole numbers, no group twice ignoring case) with parameter
 * names prefixed by `param` in errors; a Baseline contributes its populations.
 */
export function stageEntries(fn: string, param: string, counts: GroupCounts | Baseline): StageEntries {
  const entries = new Map<string, { group: string; count: number | null }>();
  const add = (group: string, count: number | null) => {
    const key = groupKey(group);
    if (entries.has(key)) throw new ArgumentError(fn, param, "must not name a group twice (ignoring case)", group);
    entries.set(key, { group, count });
  };
  if (isBaseline(counts)) {
    const baseline = checkBaseline(fn, param, counts);
    baseline.groups.forEach((g, i) => add(g.group, g.population === null ? null : checkCount(fn, `${param}.groups[${i}].population`, g.population)));
    return entries;
  }
  let list: { group: string; count: number }[];
  try {
    list = normaliseCounts(fn, counts);
  } catch (error) {
    if (error instanceof ArgumentError) throw new ArgumentError(fn, `${param.replace(/\.counts$/, "")}.${error.param}`, error.rule, error.received);
    throw error;
  }
  for (const { group, count } of list) add(group, checkCount(fn, `${param}["${group}"]`, count));
  return entries;
}
