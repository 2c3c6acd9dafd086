import { ArgumentError } from "../errors.js";
import { checkNonNegative, checkRecord } from "./validate.js";

/**
 * Checks a `strata` argument is a non-empty array of objects whose named fields are all finite
 * numbers ≥ 0, and returns copies holding just those fields (messages name e.g. `strata[2].count`).
 */
export function checkStrata<K extends string>(fn: string, value: unknown, fields: readonly K[]): Record<K, number>[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ArgumentError(fn, "strata", "must be a non-empty array of objects", value);
  }
  return value.map((entry: unknown, index) => {
    const record = checkRecord(fn, `strata[${index}]`, entry);
    const copy = {} as Record<K, number>;
    for (const field of fields) copy[field] = checkNonNegative(fn, `strata[${index}].${field}`, record[field]);
    return copy;
  });
}
