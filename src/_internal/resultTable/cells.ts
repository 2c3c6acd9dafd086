import type { ResultCell, ResultRow } from "../../report/resultTableTypes.js";
import type { VegaLiteSpec } from "../../report/chartTypes.js";

/** What a row builder gives {@link resultTable}: a default title, the columns and rows, and the default chart. */
export interface BuiltTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly ResultRow[];
  /** A column whose cells name their rows (`<th scope="row">` in HTML), if one does. */
  readonly rowHeader?: string;
  readonly chart: () => VegaLiteSpec | null;
}

/** A finite number as it is; ±Infinity, NaN, null and undefined become null (the row's status says why). */
export function finite(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

/** The fields of an interval estimate the tables show. */
export interface EstimateFields {
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly method: string;
}

/** An estimate as `name`, `nameLower`, `nameUpper`, `nameMethod` cells (all null without one). */
export function estimateCells(name: string, e: EstimateFields | null): Record<string, ResultCell> {
  return {
    [name]: finite(e?.value),
    [`${name}Lower`]: finite(e?.lower),
    [`${name}Upper`]: finite(e?.upper),
    [`${name}Method`]: e?.method ?? null,
  };
}

/** A ratio as {@link estimateCells} plus its status and p-value. */
export function ratioCells(e: (EstimateFields & { readonly status: string; readonly pValue: number }) | null): Record<string, ResultCell> {
  return { ...estimateCells("ratio", e), ratioStatus: e?.status ?? null, pValue: finite(e?.pValue) };
}

/** Rows with exactly `columns` as keys, in order (a missing cell is null). */
export function tidy(columns: readonly string[], rows: readonly Record<string, ResultCell>[]): ResultRow[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c, Object.hasOwn(row, c) ? (row[c] as ResultCell) : null])));
}

/** Builds a table whose columns are the keys of a template row (so the columns exist with no rows). */
export function built(title: string, template: readonly string[], rows: readonly Record<string, ResultCell>[], chart: () => VegaLiteSpec | null, rowHeader?: string): BuiltTable {
  return { title, columns: template, rows: tidy(template, rows), chart, ...(rowHeader === undefined ? {} : { rowHeader }) };
}
