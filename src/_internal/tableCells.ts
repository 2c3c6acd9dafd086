import { ArgumentError } from "../errors.js";
import { checkNumberFormat, formatCell, type FormattedCell } from "./formatCell.js";
import { checkRecord } from "./validate.js";

/** A checked table: its column names and every cell as text, header not included. */
export interface TableCells {
  readonly columns: readonly string[];
  readonly cells: readonly (readonly FormattedCell[])[];
}

function checkColumns(fn: string, param: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new ArgumentError(fn, param, "must be a non-empty array of column names", value);
  value.forEach((name: unknown, i) => {
    if (typeof name !== "string" || name === "") throw new ArgumentError(fn, `${param}[${i}]`, "must be a non-empty string", name);
    if (value.indexOf(name) !== i) throw new ArgumentError(fn, `${param}[${i}]`, "must not repeat an earlier column name", name);
  });
  return value as string[];
}

/**
 * Checks a table (rows, or `{ columns, rows }`) and the column and number options, and formats
 * every cell. Columns come from `options.columns`, else the table's `columns`, else the first
 * row's keys — and then every row may hold only those keys, so that no value is dropped silently.
 */
export function tableCells(fn: string, table: unknown, options: { readonly columns?: unknown; readonly digits?: unknown; readonly decimals?: unknown }): TableCells {
  const listed = Array.isArray(table);
  if (!listed && (table === null || typeof table !== "object" || !("rows" in table) || !("columns" in table))) {
    throw new ArgumentError(fn, "table", "must be an array of row objects or { columns, rows }", table);
  }
  const rows: unknown = listed ? table : (table as { rows: unknown }).rows;
  const at = listed ? "table" : "table.rows";
  if (!Array.isArray(rows)) throw new ArgumentError(fn, at, "must be an array of row objects", rows);
  const format = checkNumberFormat(fn, options);
  let columns: string[];
  let strict = false;
  if (options.columns !== undefined) columns = checkColumns(fn, "options.columns", options.columns);
  else if (!listed) columns = checkColumns(fn, "table.columns", (table as { columns: unknown }).columns);
  else if (rows.length === 0) throw new ArgumentError(fn, "options.columns", "must be given when the table has no rows", undefined);
  else {
    columns = checkColumns(fn, `${at}[0] keys`, Object.keys(checkRecord(fn, `${at}[0]`, rows[0])));
    strict = true;
  }
  const cells = rows.map((row: unknown, i) => {
    const record = checkRecord(fn, `${at}[${i}]`, row);
    if (strict) {
      const extra = Object.keys(record).find((key) => !columns.includes(key));
      if (extra !== undefined) {
        throw new ArgumentError(fn, `${at}[${i}].${extra}`, `must be a key of ${at}[0], which sets the columns (or pass options.columns)`, record[extra]);
      }
    }
    return columns.map((column) => formatCell(fn, `${at}[${i}].${column}`, Object.hasOwn(record, column) ? record[column] : undefined, format));
  });
  return { columns, cells };
}
