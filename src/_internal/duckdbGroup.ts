import type { Schema } from "../csv/types.js";
import { planColumns, readingOf, readRecord, REJECTED, type PlannedColumn } from "./extractColumns.js";
import { resolveHeader } from "./extractHeader.js";
import type { FileGroup } from "./duckdbFiles.js";
import { blank, cell, literal, sourceOf } from "./duckdbSql.js";

/** Runs a query and returns its rows as JavaScript values. */
export type RunSql = (sql: string) => Promise<unknown[][]>;

/** What one group of files adds to the count. */
export interface GroupTally {
  /** Adds `n` records. */
  record(record: Record<string, unknown>, n: number): void;
  /** Adds `n` rejected rows: where (the line, when known), the column at fault, its value and why. */
  reject(file: string, line: number | null, column: string | null, value: string | null, reason: string, n: number): void;
  /** Adds `n` rows of nothing but blank fields. */
  blank(n: number): void;
}

/** How a column enters the grouping: by its raw text, by blankness, by its failing values, or not at all. */
type Role = "raw" | "blank" | "failing" | "none";

/**
 * Counts one group of files (one format, one header) with DuckDB: rows are grouped by the raw
 * text of the columns in `needed`, and, for every other column, by whether (and how) it would
 * reject the row; each distinct group then goes once through the schema's own row reader.
 */
export async function countGroup(run: RunSql, group: FileGroup, schema: Schema<unknown>, needed: ReadonlySet<string> | null, mapping: Readonly<Record<string, string>> | undefined, tally: GroupTally, tag: string): Promise<void> {
  const { header, format, files } = group;
  const width = header.length;
  const source = (name: string) => sourceOf(files, format, width, `${tag}_${name}`);
  const rowBlank = header.map((_, i) => blank(i)).join(" AND ");
  const resolved = resolveHeader(header, schema, mapping);
  if ("missing" in resolved) {
    const problem = `the header does not match schema "${schema.name}"`;
    for (const file of files) tally.reject(file, 1, null, header.join(","), `${problem}: no column ${resolved.missing.join(", ")}`, 1);
    for (const [file, isBlank, n] of await run(`SELECT filename, ${rowBlank}, count(*) FROM ${source("m")} GROUP BY ALL`)) {
      if (isBlank) tally.blank(Number(n));
      else tally.reject(String(file), null, null, null, problem, Number(n));
    }
    await wholeRowRejects(run, format, `${tag}_m`, tally, problem);
    return;
  }
  const plan = planColumns(schema, header, resolved.indices);
  const roles = plan.columns.map((col): Role => (col.index < 0 ? "none" : needed === null || needed.has(col.field) ? "raw" : col.parse !== null ? "failing" : col.required ? "blank" : "none"));
  // Values of the "failing" columns that reject a row, and one value that does not (to stand in for the rest).
  const failing = new Map<PlannedColumn, string[]>();
  const passing = new Map<PlannedColumn, string>();
  const checked = plan.columns.filter((_, c) => roles[c] === "failing");
  if (checked.length > 0) {
    const names = checked.map((col) => `${cell(col.index)} AS k${col.index}`).join(", ");
    const sql = `SELECT DISTINCT name, value FROM (UNPIVOT (SELECT ${names} FROM ${source("d")} WHERE NOT (${rowBlank})) ON COLUMNS(*) INTO NAME name VALUE value)`;
    const byIndex = new Map(checked.map((col) => [`k${col.index}`, col]));
    for (const [name, value] of await run(sql)) {
      const col = byIndex.get(String(name)) as PlannedColumn;
      if (readingOf(col, String(value)).failed) failing.set(col, failing.get(col)?.concat(String(value)) ?? [String(value)]);
      else if (!passing.has(col)) passing.set(col, String(value));
    }
  }
  const keys = plan.columns.map((col, c) => {
    const text = cell(col.index);
    if (roles[c] === "raw") return text;
    if (roles[c] === "blank") return `CASE WHEN ${blank(col.index)} THEN '' ELSE 'x' END`;
    const values = failing.get(col);
    return roles[c] === "failing" && values !== undefined ? `CASE WHEN ${text} IN (${values.map(literal).join(", ")}) THEN ${text} END` : "NULL";
  });
  const sql = `SELECT filename, ${rowBlank}, ${keys.map((k, i) => `${k} AS k${i}`).join(", ")}, count(*) FROM ${source("m")} GROUP BY ALL`;
  const unrecognised = new Map<string, Map<string, number>>();
  for (const row of await run(sql)) {
    const file = String(row[0]);
    const n = Number(row[row.length - 1]);
    if (row[1]) {
      tally.blank(n);
      continue;
    }
    const fields: string[] = new Array<string>(width).fill("");
    plan.columns.forEach((col, c) => {
      if (col.index >= 0) fields[col.index] = (row[c + 2] as string | null) ?? passing.get(col) ?? "";
    });
    const record = readRecord(fields, 0, plan, (_line, column, value, reason) => tally.reject(file, null, column, value, reason, n), unrecognised);
    if (record !== REJECTED) tally.record(record as Record<string, unknown>, n);
  }
  await wholeRowRejects(run, format, `${tag}_m`, tally, null);
}

/** DuckDB's reason for rejecting a row, in the words of the library's readers where they have them. */
function inLibraryWords(message: string): string {
  const count = /^Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (count) return `expected ${count[1]} fields, found ${count[2]}`;
  return /unterminated quote/i.test(message) ? "unterminated quoted field: the rest of the input is inside this row" : message;
}

/** The rows DuckDB itself rejected (a field count unlike the header's, an unterminated quote), with their lines. */
async function wholeRowRejects(run: RunSql, format: "csv" | "parquet", tables: string, tally: GroupTally, reason: string | null): Promise<void> {
  if (format !== "csv") return;
  const sql = `SELECT s.file_path, e.line, any_value(e.error_message), any_value(e.csv_line) FROM ${tables}_errors e JOIN ${tables}_scans s USING (scan_id, file_id) GROUP BY ALL ORDER BY 1, 2`;
  for (const [file, line, message, text] of await run(sql)) {
    // papaparse reads a line of nothing but commas and spaces as a blank line, whatever its width.
    if (/^[\s,]*$/.test(String(text))) tally.blank(1);
    else tally.reject(String(file), Number(line), null, null, reason ?? inLibraryWords(String(message)), 1);
  }
}
