import { ArgumentError } from "../../errors.js";
import type { ResultCell } from "../../report/resultTableTypes.js";
import { built, type BuiltTable } from "./cells.js";

/**
 * A plain array of row objects: the columns are every key, in the order first seen; a key a row
 * lacks is null there. Cells must be strings, numbers (not NaN), booleans, null or undefined (null).
 */
export function plainRows(fn: string, rows: readonly unknown[]): BuiltTable {
  if (rows.length === 0) throw new ArgumentError(fn, "result", "must not be an empty array (it has no columns)", rows);
  const columns: string[] = [];
  const checked = rows.map((row, i) => {
    if (row === null || typeof row !== "object" || Array.isArray(row)) throw new ArgumentError(fn, `result[${i}]`, "must be a row object", row);
    const out: Record<string, ResultCell> = {};
    for (const [key, value] of Object.entries(row)) {
      const ok = value === null || value === undefined || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && !Number.isNaN(value));
      if (!ok) throw new ArgumentError(fn, `result[${i}].${key}`, "must be a string, a number (not NaN), a boolean, null or undefined", value);
      if (!columns.includes(key)) columns.push(key);
      out[key] = (value ?? null) as ResultCell;
    }
    return out;
  });
  return built("Table", columns, checked, () => null);
}
