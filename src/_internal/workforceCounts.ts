import { ArgumentError } from "../errors.js";
import { normaliseCounts } from "./normaliseCounts.js";
import { groupKey } from "./stagesReference.js";
import { checkCount, checkNonNegative } from "./validate.js";
import type { GroupCounts } from "../types.js";

/** Counts by group key (trimmed, lower-cased): the label as first given and its count. */
export type GroupEntries = Map<string, { group: string; count: number }>;

/**
 * Normalises {@link GroupCounts} with errors naming `param` (e.g. `workforce[0].count`): no group
 * twice ignoring case; whole numbers unless `whole` is false (then any non-negative number).
 */
export function countEntries(fn: string, param: string, counts: unknown, whole = true): GroupEntries {
  let list: { group: string; count: number }[];
  try {
    list = normaliseCounts(fn, counts as GroupCounts);
  } catch (error) {
    if (error instanceof ArgumentError) throw new ArgumentError(fn, error.param.replace(/^counts/, param), error.rule, error.received);
    throw error;
  }
  const entries: GroupEntries = new Map();
  for (const { group, count } of list) {
    const key = groupKey(group);
    if (entries.has(key)) throw new ArgumentError(fn, param, "must not name a group twice (ignoring case)", group);
    entries.set(key, { group, count: whole ? checkCount(fn, `${param}["${group}"]`, count) : checkNonNegative(fn, `${param}["${group}"]`, count) });
  }
  return entries;
}

/** A record field's value as a group label: a string, or `null` for null, undefined and blank. */
export function recordLabel(fn: string, param: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw new ArgumentError(fn, param, "must be a string, null or undefined", value);
  return value.trim() === "" ? null : value;
}

/** Checks records are an array of objects and returns them. */
export function checkRecords(fn: string, param: string, records: unknown): readonly Record<string, unknown>[] {
  if (!Array.isArray(records)) throw new ArgumentError(fn, param, "must be an array of records", records);
  records.forEach((r, i) => {
    if (r === null || typeof r !== "object" || Array.isArray(r)) throw new ArgumentError(fn, `${param}[${i}]`, "must be an object", r);
  });
  return records as readonly Record<string, unknown>[];
}

/** Checks a field name option (`options.by`, `options.within`). */
export function checkFieldName(fn: string, param: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") throw new ArgumentError(fn, param, "must be a non-empty field name", value);
  return value;
}

/** Adds one to a group's entry, keeping the label as first seen. */
export function tally(entries: GroupEntries, label: string, by = 1): void {
  const key = groupKey(label);
  const entry = entries.get(key);
  if (entry) entry.count += by;
  else entries.set(key, { group: label, count: by });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a `YYYY-MM-DD` calendar date (or, when `nullable`, null/undefined, returned as null). */
export function checkIsoDate(fn: string, param: string, value: unknown, nullable: boolean): string | null {
  if (nullable && (value === null || value === undefined)) return null;
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new ArgumentError(fn, param, `must be a YYYY-MM-DD date${nullable ? " or null" : ""}`, value);
}
