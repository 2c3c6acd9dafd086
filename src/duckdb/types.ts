import type { DuckDBConnection } from "@duckdb/node-api";
import type { CountRow } from "../csv/types.js";

/** Options for `countWithDuckDB`. */
export interface CountWithDuckDBOptions {
  /** Record fields to count by, as for `countExtract`. */
  readonly by: readonly string[];
  /** A DuckDB connection to run the queries on (left open); by default an in-memory database is opened and closed. */
  readonly connection?: DuckDBConnection;
  /** Column names of these files, by canonical field, where they differ from the schema's defaults. */
  readonly mapping?: Readonly<Record<string, string>>;
}

/**
 * Rejected rows that share a file, a reason and the value at fault, with how many there were.
 * DuckDB groups rows rather than reading them one by one, so a row the schema rejects has no line;
 * rows DuckDB itself rejects (a field count unlike the header's, an unterminated quote) have one.
 */
export interface DuckDBRejects {
  /** The file the rows are in. */
  readonly file: string;
  /** The 1-based physical line of the row, for a row DuckDB rejected; `null` for rows the schema rejected. */
  readonly line: number | null;
  /** The column at fault, or `null` for a whole-row problem. */
  readonly column: string | null;
  /** The offending value (trimmed), or `null` for a whole-row problem. */
  readonly value: string | null;
  /** Why the rows were rejected: the schema's reason, or DuckDB's message. */
  readonly reason: string;
  /** How many rows. */
  readonly count: number;
}

/** What happened to every row. `rowsRead === accepted + rejected` always holds. */
export interface DuckDBCountSummary {
  /** Files read. */
  readonly files: number;
  /** Data rows read (rows of nothing but blank fields are not rows). */
  readonly rowsRead: number;
  /** Rows that became records. */
  readonly accepted: number;
  /** Rows rejected. */
  readonly rejected: number;
  /** Rows of nothing but blank fields, skipped (DuckDB skips empty lines without counting them). */
  readonly blankRows: number;
}

/** The result of `countWithDuckDB`. */
export interface DuckDBCountResult {
  /** One row per combination of the `by` fields seen, sorted by those fields: as `countExtract` counts them. */
  readonly counts: readonly CountRow[];
  /** The rejected rows, grouped by file, line (where known), column, value and reason. */
  readonly rejects: readonly DuckDBRejects[];
  /** What happened to every row. */
  readonly summary: DuckDBCountSummary;
}
