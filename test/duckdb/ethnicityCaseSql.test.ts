import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ETHNIC_GROUP_NAMES, ETHNICITY_CODES, ETHNICITY_LABELS, NOT_STATED } from "../../src/_internal/ethnicityLabels.js";
import { classifyEthnicity } from "../../src/index.js";
import { ETHNICITY_KEY_SQL, ethnicityCaseSql, ethnicityKey } from "../../scripts/generateSqlCase.js";

const duckdb = await import("@duckdb/node-api").catch(() => null);
const ROOT = join(import.meta.dirname, "..", "..");
const FILE = join(ROOT, "docs", "sql", "ethnicity-case.sql");
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Values written the ways extracts write them: codes, code lists' labels, prefixed sub-labels with odd spacing and dashes. */
function inputs(): string[] {
  const values = new Set<string>(["", "   ", "Martian", "W4 Roma", "Ethnic group: Asian, Asian British or Asian Welsh: Bangladeshi", "Mixed / Multiple ethnic groups  –  White and Asian"]);
  for (const [code, category] of ETHNICITY_CODES) {
    values.add(code).add(code.toLowerCase()).add(` ${code} `);
    values.add(`${code} ${category.ethnicityDetailed ?? "Not stated"}`).add(`${code}: anything`).add(`${code}-x`);
    values.add(`${category.ethnicity} - ${category.ethnicityDetailed ?? "Not stated"} (${code})`);
  }
  for (const label of ETHNICITY_LABELS.keys()) values.add(label).add(label.toUpperCase()).add(`  ${label.replace(/ /g, "  ")} `);
  const subs = [...ETHNICITY_LABELS.keys(), ...NOT_STATED, "other", "Any other", "Indian", "British", "Caribbean", "Irish"];
  for (const prefix of ETHNIC_GROUP_NAMES.keys()) {
    for (const sub of subs) values.add(`${prefix} - ${sub}`).add(`${prefix}-${sub}`).add(`${prefix} : ${sub}`).add(`${prefix} \u2013 ${sub.toUpperCase()}`);
  }
  return [...values];
}

describe.skipIf(duckdb === null)("docs/sql/ethnicity-case.sql", () => {
  it("is what scripts/generateSqlCase.ts generates from the code lists now", () => {
    expect(readFileSync(FILE, "utf8")).toBe(ethnicityCaseSql());
  });

  it("maps every code-list label, code and real extract value to the group classifyEthnicity gives, when run in DuckDB", async () => {
    const { DuckDBInstance } = duckdb as NonNullable<typeof duckdb>;
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const stopSearch = join(ROOT, "data", "police-uk", "stop-search");
    const files = [...readdirSync(stopSearch).map((n) => join(stopSearch, n))].map(literal).join(", ");
    const real = (await connection.runAndReadAll(`SELECT DISTINCT coalesce("Self-defined ethnicity", '') FROM read_csv([${files}], all_varchar = true, union_by_name = true)`)).getRowsJS().map((r) => String(r[0]));
    const synthetic = (await connection.runAndReadAll(`SELECT DISTINCT coalesce(self_defined_ethnicity, '') FROM read_csv('${join(ROOT, "data", "synthetic", "custody.csv")}', all_varchar = true, ignore_errors = true)`)).getRowsJS().map((r) => String(r[0]));
    expect(real.length).toBeGreaterThan(10);
    const values = [...new Set([...inputs(), ...real, ...synthetic])];
    const caseSql = readFileSync(FILE, "utf8").replace(/^--.*\n/gm, "");
    const sql = `SELECT v, ethnicity_key, ${caseSql} FROM (SELECT v, ${ETHNICITY_KEY_SQL.replace("{value}", "v")} AS ethnicity_key FROM (SELECT unnest([${values.map(literal).join(", ")}]) AS v))`;
    const rows = (await connection.runAndReadAll(sql)).getRowsJS() as [string, string, string][];
    connection.closeSync();
    expect(rows.length).toBe(values.length);
    const wrongKeys = rows.filter(([v, key]) => key !== ethnicityKey(v));
    expect(wrongKeys).toEqual([]);
    // The one documented difference: an unknown code beside a known label.
    const wrongGroups = rows.filter(([v, , group]) => group !== classifyEthnicity(v).ethnicity).map(([v, , group]) => [v, group]);
    expect(wrongGroups).toEqual([["W4 Roma", "Unknown"]]);
    expect(classifyEthnicity("W4 Roma").ethnicity).toBe("White");
  });
});
