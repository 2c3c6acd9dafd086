import { ArgumentError } from "../errors.js";
import { checkCount, checkRecord } from "./validate.js";

/** A cell of a table given to disclosure control. */
export type DisclosureCellValue = string | number | boolean | null;

/** A validated disclosure declaration: rows, count columns, derived dependencies and totals. */
export interface CheckedDisclosureTable {
  readonly rows: readonly Readonly<Record<string, DisclosureCellValue>>[];
  readonly counts: readonly string[];
  readonly derived: Readonly<Record<string, readonly string[]>>;
  readonly totals: { readonly by: readonly string[]; readonly column: string; readonly value: DisclosureCellValue } | undefined;
}

function checkNames(fn: string, param: string, value: unknown, allowEmpty: boolean): string[] {
  if (!Array.isArray(value) || (!allowEmpty && value.length === 0)) {
    throw new ArgumentError(fn, param, `must be ${allowEmpty ? "an" : "a non-empty"} array of column names`, value);
  }
  value.forEach((name, i) => {
    if (typeof name !== "string" || name === "") throw new ArgumentError(fn, `${param}[${i}]`, "must be a non-empty string", name);
  });
  if (new Set(value).size !== value.length) throw new ArgumentError(fn, param, "must not repeat a column", value);
  return value as string[];
}

function checkDerived(fn: string, value: unknown, counts: readonly string[]): Record<string, readonly string[]> {
  if (value === undefined) return {};
  const record = checkRecord(fn, "table.derived", value);
  for (const [column, sources] of Object.entries(record)) {
    if (counts.includes(column)) throw new ArgumentError(fn, `table.derived.${column}`, "must not also be a count column", column);
    const names = checkNames(fn, `table.derived.${column}`, sources, false);
    const stray = names.find((name) => !counts.includes(name));
    if (stray !== undefined) throw new ArgumentError(fn, `table.derived.${column}`, "must list only count columns named in table.counts", stray);
  }
  return record as Record<string, readonly string[]>;
}

function checkTotals(fn: string, value: unknown): CheckedDisclosureTable["totals"] {
  if (value === undefined) return undefined;
  const record = checkRecord(fn, "table.totals", value);
  const by = record["by"] === undefined ? [] : checkNames(fn, "table.totals.by", record["by"], true);
  const column = record["column"];
  if (typeof column !== "string" || column === "") throw new ArgumentError(fn, "table.totals.column", "must be a non-empty string", column);
  if (by.includes(column)) throw new ArgumentError(fn, "table.totals.by", "must not include table.totals.column", column);
  const label = record["value"];
  if (label === undefined || (label !== null && typeof label === "object")) {
    throw new ArgumentError(fn, "table.totals.value", "must be the cell value (string, number, boolean or null) that marks a total row", label);
  }
  return { by, column, value: label as DisclosureCellValue };
}

/** Checks the `table` argument of `disclose`: its rows, count columns (whole numbers ≥ 0 or null), derived map and totals. */
export function checkDisclosureTable(fn: string, table: unknown): CheckedDisclosureTable {
  const record = checkRecord(fn, "table", table);
  const rows = record["rows"];
  if (!Array.isArray(rows)) throw new ArgumentError(fn, "table.rows", "must be an array of row objects", rows);
  const counts = checkNames(fn, "table.counts", record["counts"], false);
  const derived = checkDerived(fn, record["derived"], counts);
  const totals = checkTotals(fn, record["totals"]);
  rows.forEach((row, i) => {
    const cells = checkRecord(fn, `table.rows[${i}]`, row);
    for (const column of counts) {
      if (cells[column] !== null) checkCount(fn, `table.rows[${i}].${column}`, cells[column]);
    }
  });
  return { rows, counts, derived, totals };
}
