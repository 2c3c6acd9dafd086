import type { ColumnTable } from "arquero";
import { ArgumentError } from "../errors.js";

/** Checks a value looks like an arquero table (by its methods, so any copy of arquero will do). */
export function checkArqueroTable(fn: string, table: unknown): ColumnTable {
  const t = table as Partial<Record<string, unknown>> | null;
  const methods = ["columnNames", "array", "numRows", "objects"];
  if (t === null || typeof t !== "object" || methods.some((m) => typeof t[m] !== "function")) {
    throw new ArgumentError(fn, "table", "must be an arquero table", table, "make one with aq.from(rows) or aq.table(columns)");
  }
  return table as ColumnTable;
}

/** Checks an option names a column of the table. */
export function checkColumn(fn: string, param: string, table: ColumnTable, name: unknown): string {
  if (typeof name !== "string" || name === "") throw new ArgumentError(fn, param, "must be a column name", name);
  const names = table.columnNames();
  if (!names.includes(name)) throw new ArgumentError(fn, param, "must name a column of the table", name, `columns: ${names.join(", ")}`);
  return name;
}

/** A cell of a group column as a label: trimmed text; null, undefined, NaN and blank are `"Unknown"`. */
export function groupLabel(fn: string, column: string, row: number, value: unknown): string {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return "Unknown";
  if (typeof value === "string") return value.trim() === "" ? "Unknown" : value.trim();
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  throw new ArgumentError(fn, `table column "${column}", row ${row}`, "must be a string, number or null", value);
}

/** A cell of a count column as a whole number of at least 0 (a safe bigint is accepted). */
export function countCell(fn: string, column: string, row: number, value: unknown): number {
  const n = typeof value === "bigint" && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
    throw new ArgumentError(fn, `table column "${column}", row ${row}`, "must be a whole number of at least 0", value);
  }
  return n;
}
