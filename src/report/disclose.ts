import { ArgumentError } from "../errors.js";
import { checkDisclosureTable } from "../_internal/checkDisclosureTable.js";
import { freezeResult } from "../_internal/freeze.js";
import { complementFor, totalGroups } from "../_internal/secondarySuppression.js";
import { checkCount, checkOptions } from "../_internal/validate.js";

/** A table cell: a count, a derived figure, a label, or `null` for a figure not available. */
export type DisclosureCell = string | number | boolean | null;

/** One row of a table: column name → cell. */
export type DisclosureRow = Readonly<Record<string, DisclosureCell>>;

/** Which rows publish a total that the other rows of their group add up to. */
export interface DisclosureTotals {
  /** Columns whose values define a group (e.g. `["area"]`); defaults to `[]`, the whole table one group. */
  readonly by?: readonly string[];
  /** The column that marks a total row, e.g. `"ethnicity"`. */
  readonly column: string;
  /** The value in `column` that marks the total row, e.g. `"All"`; the other rows of the group are its parts. */
  readonly value: DisclosureCell;
}

/** A table to disclose: rows plus a declaration of which columns are counts and what depends on them. */
export interface DisclosureTable {
  /** The rows; count columns hold whole numbers ≥ 0 or `null` (not available). */
  readonly rows: readonly DisclosureRow[];
  /** The count columns (people or events), checked against the threshold. */
  readonly counts: readonly string[];
  /** Derived columns (rates, ratios, percentages, intervals) → the count columns of the same row they are computed from. */
  readonly derived?: Readonly<Record<string, readonly string[]>>;
  /** The published totals, for secondary suppression; without it no secondary suppression is done. */
  readonly totals?: DisclosureTotals;
}

/** Options for {@link disclose}. */
export interface DiscloseOptions {
  /** The smallest count published; counts from 1 to `threshold − 1` are suppressed. A whole number ≥ 1; defaults to 5. */
  readonly threshold?: number;
  /** The text shown in place of a suppressed cell; defaults to `"[c]"` (confidential). */
  readonly marker?: string;
}

/** Why a cell was suppressed. */
export type SuppressionReason = "primary" | "secondary" | "derived";

/** A suppressed cell, located by row index and column; its value is deliberately not recorded. */
export interface SuppressedCell {
  /** Index of the row in `rows`. */
  readonly row: number;
  /** The column name. */
  readonly column: string;
  /** `"primary"` (a count 1 to threshold − 1), `"secondary"` (protects another cell from subtraction) or `"derived"` (computed from a suppressed count). */
  readonly reason: SuppressionReason;
}

/** The result of {@link disclose}: the table with suppressed cells replaced by the marker. */
export interface DisclosedTable {
  /** The rows, same columns and order as the input, suppressed cells replaced by `marker`. */
  readonly rows: readonly DisclosureRow[];
  /** The count columns, as declared. */
  readonly counts: readonly string[];
  /** The derived columns and their count columns, as declared (`{}` when none). */
  readonly derived: Readonly<Record<string, readonly string[]>>;
  /** The totals declaration with `by` filled in, or `null` when none was given. */
  readonly totals: Required<DisclosureTotals> | null;
  /** Every suppressed cell, ordered by row then column (counts, then derived columns, as declared). */
  readonly suppressed: readonly SuppressedCell[];
  /** The threshold used. */
  readonly threshold: number;
  /** The marker used. */
  readonly marker: string;
  /** The method: always `"threshold-with-complement"`. */
  readonly method: "threshold-with-complement";
  /** The rule applied, in words, for the report's notes. */
  readonly rule: string;
}

const FN = "disclose";

function ruleText(threshold: number, withTotals: boolean): string {
  const primary = threshold > 1 ? `Counts from 1 to ${threshold - 1} are suppressed` : "No count is suppressed (threshold 1)";
  const secondary = withTotals ? "; where a published total has exactly one suppressed cell, the smallest other non-zero part is suppressed too" : "";
  return `${primary}; every figure derived from a suppressed count is suppressed${secondary}. Zero is shown.`;
}

/**
 * Disclosure control for a published table: suppresses small counts, every figure computed
 * from them, and enough other cells that no suppressed count can be recovered from a
 * published total by subtraction.
 *
 * @remarks
 * - **Primary**: a count c with 1 ≤ c ≤ threshold − 1 (default 5, so 1–4) becomes the marker.
 *   Zero is shown: a true zero discloses nothing about a person unless every member of a
 *   group shares an attribute (group disclosure), which this rule does not cover.
 * - **Derived**: a derived column (rate, ratio, percentage, interval limit) is suppressed in
 *   every row where any count column it depends on is suppressed.
 * - **Secondary**: rows are grouped by `totals.by`; the row whose `totals.column` equals
 *   `totals.value` is the group's total and the rest are its parts. For each count column,
 *   if exactly one of the group's cells (parts and total) is suppressed, the smallest visible
 *   non-zero part is suppressed too (ties: the first in row order; failing that a zero part,
 *   then the total). One dimension of totals only: margins in two dimensions (row and column
 *   totals together) are not protected. `null` cells are treated as unpublished.
 *
 * The output never records a suppressed value. The threshold rule and complementary
 * suppression follow UK official-statistics practice (ONS statistical disclosure control
 * policy; Ofqual's rounding policy shows 1–4 as "fewer than 5" and a true zero as 0) and FCSM
 * Statistical Policy Working Paper 22 (1994); docs/disclosure.md gives the sources and limits.
 *
 * @param table - `{ rows, counts, derived?, totals? }`
 * @param options - `threshold` (default 5) and `marker` (default `"[c]"`)
 * @returns a frozen {@link DisclosedTable}
 * @throws {@link ArgumentError} for a table that is not an object, rows that are not objects,
 *   count cells that are not whole numbers ≥ 0 or null, derived columns naming non-count
 *   columns, two total rows in a group, a threshold that is not a whole number ≥ 1, or an
 *   empty marker
 *
 * @example
 * ```ts
 * const table = disclose({
 *   rows: [
 *     { ethnicity: "Asian", count: 3, rate: 1.2 },
 *     { ethnicity: "Black", count: 9, rate: 6.1 },
 *     { ethnicity: "White", count: 40, rate: 2.0 },
 *     { ethnicity: "All", count: 52, rate: 2.2 },
 *   ],
 *   counts: ["count"],
 *   derived: { rate: ["count"] },
 *   totals: { column: "ethnicity", value: "All" },
 * });
 * table.rows[0]?.count // => "[c]"
 * table.rows[0]?.rate // => "[c]"
 * table.rows[1]?.count // => "[c]"
 * table.rows[2]?.count // => 40
 * table.suppressed.map((cell) => cell.reason).join() // => "primary,derived,secondary,derived"
 * ```
 */
export function disclose(table: DisclosureTable, options?: DiscloseOptions): DisclosedTable {
  const opts = checkOptions(FN, options);
  const threshold = opts.threshold === undefined ? 5 : checkCount(FN, "options.threshold", opts.threshold);
  if (threshold < 1) throw new ArgumentError(FN, "options.threshold", "must be at least 1", threshold);
  const marker = opts.marker ?? "[c]";
  if (typeof marker !== "string" || marker === "") throw new ArgumentError(FN, "options.marker", "must be a non-empty string", marker);
  const checked = checkDisclosureTable(FN, table);
  const { rows, counts, derived } = checked;
  const reasons = rows.map(() => new Map<string, SuppressionReason>());
  rows.forEach((row, i) => {
    for (const column of counts) {
      const value = row[column] as number | null;
      if (value !== null && value >= 1 && value < threshold) reasons[i]?.set(column, "primary");
    }
  });
  const groups = totalGroups(FN, checked);
  for (const column of counts) {
    for (const group of groups) {
      const partner = complementFor(group, column, checked, (i) => reasons[i]?.has(column) === true);
      if (partner !== undefined) reasons[partner]?.set(column, "secondary");
    }
  }
  const derivedColumns = Object.keys(derived);
  rows.forEach((row, i) => {
    for (const column of derivedColumns) {
      if (column in row && derived[column]?.some((source) => reasons[i]?.has(source))) reasons[i]?.set(column, "derived");
    }
  });
  const order = [...counts, ...derivedColumns];
  const suppressed = reasons.flatMap((found, row) => order.flatMap((column) => (found.has(column) ? [{ row, column, reason: found.get(column) as SuppressionReason }] : [])));
  const outRows = rows.map((row, i) => Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, reasons[i]?.has(column) ? marker : cell])));
  const totals = checked.totals === undefined ? null : { by: [...checked.totals.by], column: checked.totals.column, value: checked.totals.value };
  return freezeResult({
    rows: outRows,
    counts: [...counts],
    derived: Object.fromEntries(derivedColumns.map((column) => [column, [...(derived[column] ?? [])]])),
    totals,
    suppressed,
    threshold,
    marker,
    method: "threshold-with-complement" as const,
    rule: ruleText(threshold, totals !== null),
  });
}
