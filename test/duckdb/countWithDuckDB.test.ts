import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dependenciesOf } from "../../src/_internal/duckdbDependencies.js";
import { blank } from "../../src/_internal/duckdbSql.js";
import { extractSchemas } from "../../src/csv/index.js";
import type { Schema } from "../../src/csv/index.js";
import { ArgumentError } from "../../src/index.js";
import { countExtract, readExtract } from "../../src/node/index.js";

const duckdb = await import("@duckdb/node-api").catch(() => null);
const { countWithDuckDB } = await import("../../src/duckdb/index.js");

const ROOT = join(import.meta.dirname, "..", "..");
const STOP_SEARCH = join(ROOT, "data", "police-uk", "stop-search");
const STREET = join(ROOT, "data", "police-uk", "street");
const CUSTODY = join(ROOT, "data", "synthetic", "custody.csv");
const HR = join(ROOT, "data", "synthetic", "hr.csv");

/** Both counts of the same files: they must agree row for row, in order, and on the row totals. */
async function agree(paths: string | string[], schema: string | Schema, by: string[]) {
  const viaDuckDB = await countWithDuckDB(paths, schema, { by });
  const viaJs = await countExtract(paths, schema, { by, threads: 1 });
  expect(viaDuckDB.counts).toEqual(viaJs.counts);
  const { rowsRead, accepted, rejected } = viaJs.summary;
  expect(viaDuckDB.summary).toMatchObject({ rowsRead, accepted, rejected });
  return { viaDuckDB, viaJs };
}

describe.skipIf(duckdb === null)("countWithDuckDB", () => {
  let folder = "";
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "duckdb-count-"));
  });

  it("counts the real stop-search files by financial year and ethnicity as countExtract does, with the verified 2019/20 counts", async () => {
    const { viaDuckDB } = await agree(STOP_SEARCH, "police-uk-stop-search", ["financialYear", "ethnicity"]);
    const fy = Object.fromEntries(viaDuckDB.counts.filter((c) => c["financialYear"] === "2019/20").map((c) => [c["ethnicity"], c.count]));
    expect(fy).toEqual({ Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 });
    expect(viaDuckDB.summary).toEqual({ files: 35, rowsRead: 12675, accepted: 12675, rejected: 0, blankRows: 0 });
    expect(Object.isFrozen(viaDuckDB) && Object.isFrozen(viaDuckDB.counts[0])).toBe(true);
  });

  it("counts stop-search by quarter and outcome, and street crime by LSOA, as countExtract does", async () => {
    await agree(STOP_SEARCH, "police-uk-stop-search", ["quarter", "outcome"]);
    const { viaDuckDB } = await agree(STREET, "police-uk-street", ["lsoaCode"]);
    expect(viaDuckDB.summary.rowsRead).toBe(66227);
  });

  it("rejects the planted bad custody rows as countExtract does, grouped by reason and value", async () => {
    const { viaDuckDB, viaJs } = await agree(CUSTODY, "custody", ["ethnicity", "outcome"]);
    expect(viaDuckDB.summary.rejected).toBeGreaterThan(0);
    // The ledger's rows, grouped as countWithDuckDB groups them: schema rejects by column, value and
    // reason (it has no line numbers for those), rows with the wrong number of fields by line.
    const key = (r: { line: number | null; column: string | null; value: string | null; reason: string }) => JSON.stringify([r.column === null ? r.line : null, r.column, r.value, r.reason]);
    type Reject = { line: number | null; column: string | null; value: string | null; reason: string; count?: number };
    const tally = (list: readonly Reject[], keyOf: (r: Reject) => string) => {
      const map = new Map<string, number>();
      for (const r of list) map.set(keyOf(r), (map.get(keyOf(r)) ?? 0) + (r.count ?? 1));
      return map;
    };
    expect(tally(viaDuckDB.rejects, key)).toEqual(tally(viaJs.rejects, key));
    expect(viaJs.rejects.filter((r) => r.column === null).length).toBe(6);
    expect(viaDuckDB.rejects.every((r) => (r.line === null) === (r.column !== null) && r.file === CUSTODY)).toBe(true);
  });

  it("agrees on every record field of the built-in schemas, one at a time (the columns each field is built from)", async () => {
    const files: [string, string][] = [[join(STOP_SEARCH, readdirSync(STOP_SEARCH).sort()[0] as string), "police-uk-stop-search"], [join(STREET, readdirSync(STREET).sort()[0] as string), "police-uk-street"], [CUSTODY, "custody"], [HR, "hr"]];
    for (const [path, name] of files) {
      const deps = dependenciesOf(extractSchemas[name] as Schema<unknown>) as Record<string, string[]>;
      const { records } = await readExtract(path, name);
      // Every field of a real record is listed, and nothing else.
      expect(Object.keys(deps).sort()).toEqual(Object.keys(records[0] as object).sort());
      for (const field of Object.keys(deps)) await agree(path, name, [field]);
    }
  }, 120_000);

  it("counts Parquet copies written by DuckDB as the CSV files", async () => {
    const { DuckDBInstance } = duckdb as NonNullable<typeof duckdb>;
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const stopSearch = join(folder, "stop-search-parquet");
    mkdirSync(stopSearch);
    const copy = (csv: string, parquet: string) => connection.run(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true, header = true, delim = ',', quote = '"', escape = '"', ignore_errors = true)) TO '${parquet}' (FORMAT parquet)`);
    for (const name of readdirSync(STOP_SEARCH)) await copy(join(STOP_SEARCH, name), join(stopSearch, `${basename(name, ".csv")}.parquet`));
    const custody = join(folder, "custody.parquet");
    await copy(CUSTODY, custody);
    connection.closeSync();
    const [ss, ssCsv] = await Promise.all([countWithDuckDB(stopSearch, "police-uk-stop-search", { by: ["financialYear", "ethnicity"] }), countExtract(STOP_SEARCH, "police-uk-stop-search", { by: ["financialYear", "ethnicity"] })]);
    expect(ss.counts).toEqual(ssCsv.counts);
    expect(ss.summary).toEqual({ files: 35, rowsRead: 12675, accepted: 12675, rejected: 0, blankRows: 0 });
    const [cu, cuCsv] = await Promise.all([countWithDuckDB(custody, "custody", { by: ["ethnicity", "outcome"] }), countExtract(CUSTODY, "custody", { by: ["ethnicity", "outcome"] })]);
    expect(cu.counts).toEqual(cuCsv.counts);
    // The copy leaves out the six rows with the wrong number of fields.
    const schemaRejects = cuCsv.rejects.filter((r) => r.column !== null).length;
    expect(cu.summary).toMatchObject({ accepted: cuCsv.summary.accepted, rejected: schemaRejects });
  });

  it("reads blank lines, quoting and bad field counts as papaparse does", async () => {
    const file = join(folder, "quirks.csv");
    const rows = [
      "custody_id,arrival_date,self_defined_ethnicity,outcome",
      "C1,2024-04-01,W1,Charged",
      "",
      "C2,2024-04-01,\"White - Irish\",\"Released, no further action\"",
      ",,,",
      " , ,  ,",
      "C3,2024-04-02,\"Asian - \"\"Indian\"\"\",RUI",
      "C4,2024-04-02,B1",
      "C5,2024-04-02,B1,NFA,extra",
      "C6,\"2024-04-03\",\"Black - \nCaribbean\",Charged",
      "C7,2024-04-03,M1,Bail",
    ];
    writeFileSync(file, `\uFEFF${rows.join("\r\n")}\r\n`);
    const { viaDuckDB, viaJs } = await agree(file, "custody", ["ethnicity", "outcome"]);
    expect(viaJs.summary).toMatchObject({ rowsRead: 7, accepted: 5, rejected: 2 });
    // The rows with the wrong number of fields, on the physical lines countExtract gives them.
    expect(viaDuckDB.rejects.map((r) => r.line)).toEqual(viaJs.rejects.map((r) => r.line));
    expect(viaDuckDB.rejects.map((r) => r.reason)).toEqual(viaJs.rejects.map((r) => r.reason));
    // ",,," and " , ,  ," are rows of blank fields; the empty line DuckDB skips uncounted.
    expect([viaDuckDB.summary.blankRows, viaJs.summary.blankLines]).toEqual([2, 3]);
  });

  it("reads a schema that is not built in by all its columns", async () => {
    const file = join(folder, "custom.csv");
    writeFileSync(file, "who,n\na,1\nb,2\na,x\nA,3\n");
    const schema: Schema<{ who: string; even: boolean }> = {
      name: "custom",
      description: "a test schema",
      columns: { who: { names: ["who"] }, n: { names: ["n"], required: true, parse: (raw) => (/^\d+$/.test(raw) ? { value: Number(raw) } : { error: "not a number" }) } },
      toRecord: (v) => ({ who: String(v["who"]).toLowerCase(), even: (v["n"] as number) % 2 === 0 }),
    };
    const { viaDuckDB } = await agree(file, schema as Schema, ["who", "even"]);
    expect(viaDuckDB.counts).toEqual([{ who: "a", even: false, count: 2 }, { who: "b", even: true, count: 1 }]);
    expect(viaDuckDB.rejects).toEqual([{ file, line: null, column: "n", value: "x", reason: "not a number", count: 1 }]);
  });

  it("uses a connection given and leaves it open", async () => {
    const { DuckDBInstance } = duckdb as NonNullable<typeof duckdb>;
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const { counts } = await countWithDuckDB(CUSTODY, "custody", { by: ["financialYear"], connection });
    expect(counts.reduce((t, c) => t + c.count, 0)).toBe(10983);
    expect((await connection.runAndReadAll("SELECT 41 + 1")).getRowsJS()).toEqual([[42]]);
    // Its rejects tables are dropped afterwards.
    expect((await connection.runAndReadAll("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'disproportionality%'")).getRowsJS()).toEqual([[0n]]);
    connection.closeSync();
  });

  it("tests a blank cell as JavaScript's trim does, for every character of the Basic Multilingual Plane", async () => {
    const { DuckDBInstance } = duckdb as NonNullable<typeof duckdb>;
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const sql = `SELECT list(i::INTEGER ORDER BY i) FROM (SELECT i, chr(i::INTEGER) AS c0 FROM (SELECT * FROM range(1, 55296) UNION ALL SELECT * FROM range(57344, 65536)) t(i)) WHERE ${blank(0)}`;
    const [[blanks]] = (await connection.runAndReadAll(sql)).getRowsJS() as [[number[]]];
    const expected: number[] = [];
    for (let i = 1; i < 65536; i++) if ((i < 55296 || i > 57343) && String.fromCharCode(i).trim() === "") expected.push(i);
    expect(blanks).toEqual(expected);
    connection.closeSync();
  });

  it("throws on a missing path, a bad by, an unknown schema and a bad connection", async () => {
    const fails = async (p: Promise<unknown>) => {
      const error = await p.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ArgumentError);
      return (error as Error).message;
    };
    expect(await fails(countWithDuckDB(join(folder, "nope.csv"), "custody", { by: ["ethnicity"] }))).toBe(`countWithDuckDB: paths must name files or folders that exist; received ${JSON.stringify(join(folder, "nope.csv"))}`);
    expect(await fails(countWithDuckDB(CUSTODY, "custody", { by: [] }))).toBe("countWithDuckDB: options.by must be a non-empty array of record field names; received an array of length 0");
    expect(await fails(countWithDuckDB(CUSTODY, "custody", { by: ["ethnicity", "colour"] }))).toBe(
      'countWithDuckDB: options.by must name fields of "custody" records (id, officerEthnicity, sex, offenceGroup, outcome, detentionHours, stripSearch, mentalHealthDetention, arrivalDate, month, financialYear, quarter, ethnicity, ethnicityDetailed, age, ageBand, child); received "colour"',
    );
    expect(await fails(countWithDuckDB(CUSTODY, "shop", { by: ["ethnicity"] }))).toMatch(/^countWithDuckDB: schema must be a schema object or one of "police-uk-stop-search", .*; received "shop"$/);
    expect(await fails(countWithDuckDB(CUSTODY, "custody", { by: ["ethnicity"], connection: {} as never }))).toBe("countWithDuckDB: options.connection must be a DuckDBConnection from @duckdb/node-api; received a value of type object");
    expect(await fails(countWithDuckDB([], "custody", { by: ["ethnicity"] }))).toBe("countWithDuckDB: paths must be a file or folder path, or a non-empty array of them; received an array of length 0");
    expect(await fails(countWithDuckDB(folder, "custody", { by: ["ethnicity"], mapping: { colour: "x" } }))).toMatch(/^countWithDuckDB: options\.mapping must map fields of schema "custody" \(id, .*\); received "colour"$/);
  });

});
