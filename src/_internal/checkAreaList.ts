import { ArgumentError } from "../errors.js";
import { checkRecord } from "./validate.js";

/**
 * Checks a non-empty array of area entries, each an object with a string `area` named once, and
 * hands each entry's fields to `read` (with the parameter path for its messages), in order.
 * `shape` describes an entry for the message, e.g. `"{ area, numerator, denominator }"`.
 */
export function checkAreaList<T>(fn: string, areas: unknown, shape: string, read: (record: Record<string, unknown>, area: string, param: string) => T): T[] {
  if (!Array.isArray(areas) || areas.length === 0) throw new ArgumentError(fn, "areas", `must be a non-empty array of ${shape}`, areas);
  const seen = new Set<string>();
  return areas.map((entry: unknown, i) => {
    const param = `areas[${i}]`;
    const record = checkRecord(fn, param, entry);
    const area = record["area"];
    if (typeof area !== "string") throw new ArgumentError(fn, `${param}.area`, "must be a string", area);
    if (seen.has(area)) throw new ArgumentError(fn, "areas", "must not name an area twice", area);
    seen.add(area);
    return read(record, area, param);
  });
}
