import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseExtract, policeUkStopSearchSchema } from "../../src/csv/index.js";

const duckdb = await import("@duckdb/node-api").catch(() => null);
const ROOT = join(import.meta.dirname, "..", "..");
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The financial year and quarter SQL of docs/scale.md, as written there. */
function periodsSql(): string {
  const doc = readFileSync(join(ROOT, "docs", "scale.md"), "utf8");
  const match = /<!-- periods-sql -->\n```sql\n([\s\S]*?)\n```/.exec(doc);
  if (!match) throw new Error("docs/scale.md has no periods-sql block");
  return match[1] as string;
}

describe.skipIf(duckdb === null)("docs/scale.md: financial year and quarter in SQL", () => {
  it("gives the date-times of a real stop-search month, and instants either side of the clock changes and year ends, the library's periods", async () => {
    const raw = new Set<string>();
    for (const line of readFileSync(join(ROOT, "data", "police-uk", "stop-search", "2019-04-gwent-stop-and-search.csv"), "utf8").split("\n").slice(1)) if (line) raw.add(line.split(",")[1] as string);
    for (const t of ["2019-03-31T00:59:59+00:00", "2019-03-31T23:00:00+00:00", "2019-03-31T22:59:59+00:00", "2020-03-31T23:30:00+00:00", "2020-12-31T23:59:59+00:00", "2021-03-31T23:00:00Z", "2021-06-30T23:00:00Z", "2021-09-30T22:59:59Z", "2021-10-31T00:30:00Z"]) raw.add(t);
    const header = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";
    const values = [...raw];
    const parsed = await parseExtract(`${header}\n${values.map((v) => `Person search,${v},,,,,,,,,,,,,`).join("\n")}\n`, policeUkStopSearchSchema);
    expect(parsed.records.length).toBe(values.length);
    const { DuckDBInstance } = duckdb as NonNullable<typeof duckdb>;
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const sql = `SELECT ${periodsSql()} FROM (SELECT v, CAST(timezone('Europe/London', CAST(v AS TIMESTAMPTZ)) AS DATE) AS d FROM (SELECT unnest([${values.map(literal).join(", ")}]) AS v, generate_subscripts([${values.map(literal).join(", ")}], 1) AS i) ORDER BY i)`;
    const rows = (await connection.runAndReadAll(sql)).getRowsJS();
    connection.closeSync();
    expect(rows).toEqual(parsed.records.map((r) => [r.financialYear, r.quarter]));
    expect(rows.slice(-9).map((r) => r[1])).toEqual(["2018/19 Q4", "2019/20 Q1", "2018/19 Q4", "2020/21 Q1", "2020/21 Q3", "2021/22 Q1", "2021/22 Q2", "2021/22 Q2", "2021/22 Q3"]);
  });
});
