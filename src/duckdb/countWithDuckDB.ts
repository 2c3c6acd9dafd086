import type { DuckDBConnection } from "@duckdb/node-api";
import { checkBy, checkExtractArguments } from "../_internal/checkExtractOptions.js";
import { countSink } from "../_internal/countSink.js";
import { dependenciesOf } from "../_internal/duckdbDependencies.js";
import { duckdbFiles, groupFiles } from "../_internal/duckdbFiles.js";
import { countGroup, type GroupTally, type RunSql } from "../_internal/duckdbGroup.js";
import { freezeResult } from "../_internal/freeze.js";
import { schemaOf } from "../_internal/nodeSources.js";
import type { Schema } from "../csv/types.js";
import { ArgumentError } from "../errors.js";
import type { CountWithDuckDBOptions, DuckDBCountResult, DuckDBRejects } from "./types.js";

const FN = "countWithDuckDB";

/** The columns the `by` fields are built from, or `null` (every column) for a schema that is not built in. */
function neededColumns(schema: Schema<unknown>, by: readonly string[]): Set<string> | null {
  const deps = dependenciesOf(schema);
  if (deps === null) return null;
  const needed = new Set<string>();
  for (const field of by) {
    const columns = deps[field];
    if (columns === undefined) throw new ArgumentError(FN, "options.by", `must name fields of "${schema.name}" records (${Object.keys(deps).join(", ")})`, field);
    for (const column of columns) needed.add(column);
  }
  return needed;
}

/**
 * Counts extract files' records by some of their fields with DuckDB, for CSV and Parquet files too
 * large for one pass in JavaScript: the same counts as `countExtract` gives for the same rows.
 *
 * @remarks
 * DuckDB reads the files (CSV with every column as text, quoted as papaparse reads them; Parquet
 * columns cast to text) and groups the rows by the raw text of the columns the `by` fields are
 * built from, and by whether each other column would reject the row. Each distinct group then
 * goes once through the schema's own row reader (trimming, code lists, the Europe/London date and
 * its financial year and quarter), and the groups are added up in JavaScript: counts, rejects and
 * their reasons follow the library's rules exactly. A `by` field built from a date-time column
 * (`financialYear` of a stop-search `Date`) groups by the raw date-time text, so there may be
 * nearly as many groups as rows; that is still one pass in DuckDB. Schemas that are not built in
 * group by every column. Rejects are grouped by file, reason and value; only rows DuckDB itself
 * rejects (a field count unlike the header's) have a line. Files must be UTF-8. `@duckdb/node-api`
 * is an optional peer dependency, loaded only when this function runs.
 *
 * @param paths - a `.csv` or `.parquet` file, a folder (its `.csv` and `.parquet` files) or an array of them
 * @param schema - a schema name or object
 * @param options - `by` (record fields to count by), `connection` (a DuckDB connection to use) and `mapping`
 * @returns `{ counts, rejects, summary }`, frozen
 * @throws {@link ArgumentError} for a missing path, an unknown schema, a bad `by`, `mapping` or `connection`
 *
 * @example
 * ```ts
 * import { mkdtemp, writeFile } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { countWithDuckDB } from "disproportionality/duckdb";
 * const folder = await mkdtemp(join(tmpdir(), "custody-"));
 * await writeFile(join(folder, "custody.csv"), "custody_id,arrival_date,self_defined_ethnicity\nC1,2024-03-31T23:30:00Z,B2\nC2,2024-04-01,W1\nC3,not a date,A1\nC4,2024-04-02,White - Irish\n");
 * const { counts, summary } = await countWithDuckDB(folder, "custody", { by: ["financialYear", "ethnicity"] });
 * // 23:30 UTC on 31 March 2024 is 00:30 on 1 April in London (BST), so in 2024/25.
 * counts.map((c) => `${c["financialYear"]} ${c["ethnicity"]}: ${c.count}`) // => ["2024/25 Black: 1", "2024/25 White: 2"]
 * [summary.accepted, summary.rejected] // => [3, 1]
 * ```
 */
export async function countWithDuckDB<R = Record<string, unknown>>(paths: string | readonly string[], schema: string | Schema<R>, options: CountWithDuckDBOptions): Promise<DuckDBCountResult> {
  const resolved = schemaOf(FN, schema) as Schema<unknown>;
  const opts = checkExtractArguments(FN, resolved, options);
  const by = checkBy(FN, opts.by);
  const given = opts.connection;
  if (given !== undefined && (given === null || typeof (given as { runAndReadAll?: unknown }).runAndReadAll !== "function")) {
    throw new ArgumentError(FN, "options.connection", "must be a DuckDBConnection from @duckdb/node-api", given);
  }
  const needed = neededColumns(resolved, by);
  const files = await duckdbFiles(FN, paths);
  const connection: DuckDBConnection = given ?? (await (await import("@duckdb/node-api")).DuckDBInstance.create(":memory:").then((db) => db.connect()));
  const run: RunSql = async (sql) => (await connection.runAndReadAll(sql)).getRowsJS() as unknown[][];
  const sink = countSink(by);
  const rejects = new Map<string, DuckDBRejects>();
  let accepted = 0;
  let blankRows = 0;
  const tally: GroupTally = {
    record: (record, n) => {
      sink.add(record, n);
      accepted += n;
    },
    reject: (file, line, column, value, reason, n) => {
      const id = JSON.stringify([file, line, column, value, reason]);
      const entry = rejects.get(id);
      rejects.set(id, { file, line, column, value, reason, count: (entry?.count ?? 0) + n });
    },
    blank: (n) => {
      blankRows += n;
    },
  };
  const tag = `disproportionality_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const groups = await groupFiles(files, run);
  try {
    for (const [i, group] of groups.entries()) await countGroup(run, group, resolved, needed, opts.mapping, tally, `${tag}_${i}`);
  } finally {
    for (let i = 0; i < groups.length; i++) for (const t of ["d", "m"]) for (const kind of ["errors", "scans"]) await connection.run(`DROP TABLE IF EXISTS ${tag}_${i}_${t}_${kind}`);
    if (given === undefined) connection.closeSync();
  }
  const rejected = [...rejects.values()].reduce((t, r) => t + r.count, 0);
  const sorted = [...rejects.values()].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.reason.localeCompare(b.reason) || String(a.value).localeCompare(String(b.value)));
  return freezeResult({ counts: sink.rows(), rejects: sorted, summary: { files: files.length, rowsRead: accepted + rejected, accepted, rejected, blankRows } });
}
