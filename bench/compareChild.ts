// One Node contender of the DuckDB/pandas comparison, alone in its own process, so that its wall time
// and peak RSS are its own. bench/compare.ts bundles it and runs
// `node bench/data/build-compare/compareChild.js <contender> <file> [threads]`; it prints one line of JSON.
// Contenders (each counts the file by UK financial quarter of the Europe/London date × ethnic group):
//   countExtract — countExtract(file, "police-uk-stop-search", { by: ["quarter", "ethnicity"], threads })
//                  (threads given: that many; none: the default, all cores)
//   papaparse    — Papa.parse(fs.createReadStream(file), { chunk }) counting rows, nothing else
//                  (the parsing floor of bench/ingest.ts; it does not count by quarter × ethnicity)
//   duckdb       — DuckDB through @duckdb/node-api: read_csv of the file with Date as TIMESTAMPTZ,
//                  rows with the wrong number of fields or a bad Date skipped (ignore_errors), grouped
//                  by the London date and the raw ethnicity text, then the period SQL of docs/scale.md
//                  and the CASE of docs/sql/ethnicity-case.sql on the groups
//                  (threads given: `SET threads = n`; none: DuckDB's default, all cores)
import { readFileSync } from "node:fs";
import { papaparseRows } from "./_papaparseRows.js";

const [contender, file, threadsArg] = process.argv.slice(2);
const threads = threadsArg === undefined ? undefined : Number(threadsArg);
if (file === undefined || !["countExtract", "papaparse", "duckdb"].includes(contender ?? "") || (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))) {
  console.error("usage: compareChild countExtract|papaparse|duckdb <file.csv> [threads]");
  process.exit(2);
}


async function count(path: string) {
  const { countExtract } = await import("../src/node/index.js");
  const options = threads === undefined ? { by: ["quarter", "ethnicity"] } : { by: ["quarter", "ethnicity"], threads };
  const { counts, rejects, summary } = await countExtract(path, "police-uk-stop-search", options);
  return {
    counts: Object.fromEntries(counts.map((c) => [`${String(c["quarter"])}|${String(c["ethnicity"])}`, c.count])),
    rejects: rejects.map(({ line, column, reason }) => ({ line, column, reason })),
    summary: { rowsRead: summary.rowsRead, accepted: summary.accepted, rejected: summary.rejected, blankLines: summary.blankLines, unrecognised: summary.unrecognised },
  };
}

const STOP_SEARCH_COLUMNS = [
  "Type",
  "Date",
  "Part of a policing operation",
  "Policing operation",
  "Latitude",
  "Longitude",
  "Gender",
  "Age range",
  "Self-defined ethnicity",
  "Officer-defined ethnicity",
  "Legislation",
  "Object of search",
  "Outcome",
  "Outcome linked to object of search",
  "Removal of more than just outer clothing",
];

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The SQL DuckDB runs: docs/scale.md's ethnicity key and quarter, docs/sql/ethnicity-case.sql's CASE. */
function duckdbSql(path: string, ethnicityCase: string): string {
  const columns = STOP_SEARCH_COLUMNS.map((c) => `${sqlText(c)}: ${c === "Date" ? "'TIMESTAMPTZ'" : "'VARCHAR'"}`).join(", ");
  // The ethnicity key of docs/scale.md (DuckDB, tested), on the raw column.
  const key = String.raw`regexp_replace(regexp_replace(trim(regexp_replace(regexp_replace(regexp_replace(lower(raw),
  '[\x{2010}-\x{2015}\x{2212}]', '-', 'g'), '[\t\n\x0B\f\r\p{Zs}\x{2028}\x{2029}\x{FEFF}]+', ' ', 'g'),
  ' ?([/,]) ?', '\1', 'g')), '^ethnic group ?: ?', ''), ' ?([-:]) ?', '\1', 'g')`;
  // The quarter of docs/scale.md's periods SQL, on the London date d.
  const quarter = `CONCAT(CAST(EXTRACT(YEAR FROM d) - CASE WHEN EXTRACT(MONTH FROM d) < 4 THEN 1 ELSE 0 END AS STRING), '/',
  LPAD(CAST(MOD(EXTRACT(YEAR FROM d) + CASE WHEN EXTRACT(MONTH FROM d) < 4 THEN 0 ELSE 1 END, 100) AS STRING), 2, '0'),
  ' Q', CAST(CAST(FLOOR(MOD(EXTRACT(MONTH FROM d) + 8, 12) / 3) AS INT) + 1 AS STRING))`;
  return `WITH by_day AS (
  SELECT CAST(timezone('Europe/London', "Date") AS DATE) AS d, "Self-defined ethnicity" AS raw, count(*) AS n
  FROM read_csv(${sqlText(path)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false,
    columns = {${columns}}, ignore_errors = true)
  WHERE "Date" IS NOT NULL
  GROUP BY ALL
), keyed AS (
  SELECT ${quarter} AS quarter, ${key} AS ethnicity_key, n FROM by_day
)
SELECT quarter, ${ethnicityCase} AS ethnicity, CAST(sum(n) AS BIGINT) AS n FROM keyed GROUP BY ALL ORDER BY ALL`;
}

async function duckdb(path: string) {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const ethnicityCase = readFileSync("docs/sql/ethnicity-case.sql", "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("--"))
    .join("\n");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  if (threads !== undefined) await connection.run(`SET threads = ${threads}`);
  const setting = (await connection.runAndReadAll("SELECT current_setting('threads'), version()")).getRowsJS()[0] as [bigint, string];
  const rows = (await connection.runAndReadAll(duckdbSql(path, ethnicityCase))).getRowsJS() as [string, string, bigint][];
  connection.closeSync();
  return { counts: Object.fromEntries(rows.map(([quarter, ethnicity, n]) => [`${quarter}|${ethnicity}`, Number(n)])), threads: Number(setting[0]), version: setting[1] };
}

const result = contender === "papaparse" ? await papaparseRows(file) : contender === "duckdb" ? await duckdb(file) : await count(file);
// performance.now() counts from the start of the process, so this is start-up, import and work.
const inProcessMs = performance.now();
process.stdout.write(`${JSON.stringify({ contender, inProcessMs, maxRssKiB: process.resourceUsage().maxRSS, ...result })}\n`);
