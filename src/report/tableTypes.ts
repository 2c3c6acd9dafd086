/** A value a table cell may hold: text, a number, a boolean, or nothing (`null`/`undefined`, written empty). */
export type TableCell = string | number | boolean | null | undefined;

/** One row of a table: column name → cell value. */
export type TableRow = Readonly<Record<string, TableCell>>;

/** A table with its columns named in order, for tables that may have no rows. */
export interface ColumnsAndRows {
  /** The column names, in output order. */
  readonly columns: readonly string[];
  /** The rows; keys not among `columns` are ignored. */
  readonly rows: readonly TableRow[];
}

/** A table: an array of row objects, or `{ columns, rows }`. */
export type TableInput = readonly TableRow[] | ColumnsAndRows;

/** How the table writers choose columns and write numbers. */
export interface TableFormatOptions {
  /**
   * The columns to write, in order (keys of a row not listed are left out). Defaults to the
   * table's own `columns`, else the keys of the first row.
   */
  readonly columns?: readonly string[];
  /** Round numbers to this many significant figures (1–17), written in shortest form. */
  readonly digits?: number;
  /** Write numbers with exactly this many decimal places (0–20); not with `digits`. */
  readonly decimals?: number;
}
