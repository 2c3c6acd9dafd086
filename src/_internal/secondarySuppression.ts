import { ArgumentError } from "../errors.js";
import type { CheckedDisclosureTable } from "./checkDisclosureTable.js";

/** The rows of one published total: the total row's index and its parts' indices, in row order. */
export interface TotalGroup {
  readonly total: number;
  readonly parts: readonly number[];
}

/**
 * Groups rows by the `totals.by` columns and finds each group's total row (the row whose
 * `totals.column` holds `totals.value`). Groups without a total row publish no total and are
 * left out; a second total row in a group throws.
 */
export function totalGroups(fn: string, table: CheckedDisclosureTable): TotalGroup[] {
  const { rows, totals } = table;
  if (totals === undefined) return [];
  const groups = new Map<string, { total: number | undefined; parts: number[] }>();
  rows.forEach((row, i) => {
    const key = JSON.stringify(totals.by.map((column) => row[column] ?? null));
    const group = groups.get(key) ?? { total: undefined, parts: [] };
    groups.set(key, group);
    if (row[totals.column] !== totals.value) group.parts.push(i);
    else if (group.total === undefined) group.total = i;
    else throw new ArgumentError(fn, `table.rows[${i}].${totals.column}`, `must not mark a second total row in its group (table.rows[${group.total}] already does)`, totals.value);
  });
  return [...groups.values()].flatMap((g) => (g.total === undefined ? [] : [{ total: g.total, parts: g.parts }]));
}

/**
 * The complementary cell for one count column of one group, or undefined when none is needed:
 * when exactly one of the group's cells (parts and total) is suppressed, the smallest visible
 * non-zero part (first in row order on ties), else the smallest visible zero part, else the total.
 * Null cells are unpublished: never counted and never chosen.
 */
export function complementFor(group: TotalGroup, column: string, table: CheckedDisclosureTable, isSuppressed: (row: number) => boolean): number | undefined {
  const cells = [...group.parts, group.total];
  if (cells.filter(isSuppressed).length !== 1) return undefined;
  const value = (i: number) => table.rows[i]?.[column];
  const visible = group.parts.filter((i) => !isSuppressed(i) && value(i) !== null);
  const smallest = (candidates: number[]) => candidates.reduce<number | undefined>((best, i) => (best === undefined || (value(i) as number) < (value(best) as number) ? i : best), undefined);
  const chosen = smallest(visible.filter((i) => value(i) !== 0)) ?? smallest(visible);
  if (chosen !== undefined) return chosen;
  return isSuppressed(group.total) || value(group.total) === null ? undefined : group.total;
}
