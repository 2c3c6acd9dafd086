import type { CountRow } from "../../csv/types.js";

/** Whether a count row falls in a period label: a financial year ("2021/22") or a quarter ("2021/22 Q3"). */
export function inPeriod(row: CountRow, period: string): boolean {
  return period.includes(" Q") ? row["quarter"] === period : row["financialYear"] === period;
}

/** The total count of the rows that pass `keep`. */
export function sumRows(rows: readonly CountRow[], keep: (row: CountRow) => boolean = () => true): number {
  let total = 0;
  for (const row of rows) if (keep(row)) total += row.count;
  return total;
}

/** Counts by the value of `field` (null and missing values become `"Unknown"`), over the rows that pass `keep`, keys sorted. */
export function countsBy(rows: readonly CountRow[], field: string, keep: (row: CountRow) => boolean = () => true): Record<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (!keep(row)) continue;
    const value = row[field];
    const key = value === null || value === undefined || value === "" ? "Unknown" : String(value);
    totals.set(key, (totals.get(key) ?? 0) + row.count);
  }
  return Object.fromEntries([...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The distinct values of `field` among the rows, sorted (nulls left out). */
export function valuesOf(rows: readonly CountRow[], field: string): string[] {
  const seen = new Set<string>();
  for (const row of rows) if (row[field] !== null && row[field] !== undefined) seen.add(String(row[field]));
  return [...seen].sort();
}
