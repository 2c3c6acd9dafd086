// disproportionality/duckdb: counting extract files with DuckDB (Node only; @duckdb/node-api is an optional peer)
export { countWithDuckDB } from "./countWithDuckDB.js";
export type { CountWithDuckDBOptions, DuckDBCountResult, DuckDBCountSummary, DuckDBRejects } from "./types.js";
export type { ColumnSpec, CountRow, FieldResult, Schema } from "../csv/types.js";
export { ArgumentError } from "../errors.js";
