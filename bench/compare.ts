// Whole-process comparison for issue 10: countExtract against DuckDB, pandas and papaparse on the same
// seeded data.police.uk stop-and-search files, in one invocation, all counting by UK financial
// quarter (of the Europe/London date) × ethnic group.
//
//   npm run bench:compare                                   # 1M rows, then 5M rows, 3 rounds
//   npx tsx bench/compare.ts --rows 1000000 --also 5000000 --rounds 3
//   npx tsx bench/compare.ts --rows 1000000 --also "" --contenders countExtract,duckdb
//
// Contenders (--contenders takes a comma-separated subset of these ids):
//   countExtract-1t  countExtract(file, "police-uk-stop-search", { by: ["quarter", "ethnicity"], threads: 1 })
//   countExtract     the same with its default threads (all cores)
//   papaparse        Papa.parse(createReadStream(file), { chunk }) counting rows: parsing alone, as bench/ingest.ts
//   duckdb-1t        DuckDB (@duckdb/node-api) with `SET threads = 1` (SQL in bench/compareChild.ts)
//   duckdb           DuckDB with its default threads (all cores)
//   pandas           bench/pandasCount.py under /usr/bin/python3, pandas' C engine (skipped, with a note,
//                    when that Python has no pandas)
//
// bench/compareChild.ts is first bundled with tsup (dependencies external, as in dist/) to
// bench/data/build-compare/, so the Node contenders run as plain JavaScript with no TypeScript loader
// in the timings. Each run is a fresh process: wall time from spawn to exit (start-up and imports
// included), peak RSS the child's own (process.resourceUsage().maxRSS; resource.getrusage in Python).
// Before each run the file is read through once, untimed (readThrough), so each starts from the page cache.
// After one warm-up run of each contender, they alternate for R rounds, the order rotated and reversed
// from round to round. Ratios are medians of the per-round ratios.
//
// What each contender counts, checked against the generator's own expectations (bench/_stopSearchData.ts)
// on every run, warm-up included; any difference stops the bench:
//   countExtract   the rows the library accepts: its counts, its seven ledger entries and its summary must
//                  be the generator's exactly.
//   duckdb         every row with 15 fields and a good Date: the accepted rows plus the three planted rows
//                  that are bad only in a column it does not read (blank Type, bad Latitude, bad flag).
//   pandas         every row with a good Date: those plus the 14- and 16-field rows (the C engine with
//                  usecols does not check field counts); also its row count.
//   papaparse      parsing alone: its row count (header, blank line and every data row).
// Take away the planted rows each one is documented to count, and all give the same quarter × group counts.
// Writes bench/results/compare.json and prints a table.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { classifyEthnicity } from "../src/index.js";
import { benchFile, ETHNICITY_LABELS_WRITTEN, type StopSearchExpected } from "./_stopSearchData.js";
import { bundleChild, median, readThrough, timedChild } from "./_harness.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUILD = join("bench", "data", "build-compare");
const PYTHON = "/usr/bin/python3";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

type Id = "countExtract-1t" | "countExtract" | "papaparse" | "duckdb-1t" | "duckdb" | "pandas" | "pandas-full";
const ALL: readonly Id[] = ["countExtract-1t", "countExtract", "papaparse", "duckdb-1t", "duckdb", "pandas", "pandas-full"];
const DESCRIPTION: Record<Id, string> = {
  "countExtract-1t": "countExtract(file, 'police-uk-stop-search', { by: ['quarter', 'ethnicity'], threads: 1 }); counts the rows the library accepts",
  countExtract: "countExtract(file, 'police-uk-stop-search', { by: ['quarter', 'ethnicity'] }), default threads (all cores); counts the rows the library accepts",
  papaparse: "Papa.parse(createReadStream(file), { chunk }) counting rows only (parsing alone, as bench/ingest.ts); checked by its row count",
  "duckdb-1t":
    "DuckDB via @duckdb/node-api, SET threads = 1: read_csv (Date as TIMESTAMPTZ, ignore_errors), GROUP BY London date × raw ethnicity, then docs/scale.md's quarter and docs/sql/ethnicity-case.sql on the groups; counts rows with 15 fields and a good Date",
  duckdb: "the same SQL with DuckDB's default threads (all cores)",
  pandas:
    "pandas C engine: read_csv(usecols=[Date, Self-defined ethnicity], dtype=str, keep_default_na=False), to_datetime(utc=True, errors='coerce').tz_convert('Europe/London'), labels mapped through a classifyEthnicity table, groupby.size; counts rows with a good Date whatever their field count",
  "pandas-full":
    "pandas C engine reading every column as the reference measurements did: read_csv(path, on_bad_lines='skip'), then the same counting; counts rows with a good Date and at most 15 fields",
};

const sizes = [Number(option("rows", "1000000")), ...option("also", "5000000").split(",").filter(Boolean).map(Number)];
const rounds = Number(option("rounds", "3"));
const asked = option("contenders", ALL.join(",")).split(",").filter(Boolean);
if (!sizes.every((n) => Number.isInteger(n) && n > 0) || !(Number.isInteger(rounds) && rounds >= 1) || !asked.every((c) => (ALL as readonly string[]).includes(c)) || asked.length === 0) {
  throw new Error(`usage: tsx bench/compare.ts [--rows N] [--also M[,K]] [--rounds R] [--contenders ${ALL.join(",")}]`);
}
const notes: string[] = [];
/** The 1-minute load average before and after: other work on the machine shows here. */
const loadAtStart = loadavg()[0] as number;

// pandas needs /usr/bin/python3 with pandas; without it the pandas contender is skipped.
let pandasVersion: string | null = null;
let pythonVersion: string | null = null;
if (asked.some((c) => c.startsWith("pandas"))) {
  const probe = spawnSync(PYTHON, ["-c", "import sys, pandas; print(pandas.__version__, sys.version.split()[0])"], { encoding: "utf8" });
  if (probe.status === 0) [pandasVersion, pythonVersion] = probe.stdout.trim().split(" ") as [string, string];
  else notes.push(`pandas skipped: ${PYTHON} ${probe.error ? "is not there" : "has no pandas"}`);
}
const contenders = ALL.filter((c) => asked.includes(c) && (!c.startsWith("pandas") || pandasVersion !== null));

interface Run {
  contender: Id;
  wallMs: number;
  maxRssMiB: number;
}

function command(contender: Id, file: string): [string, string[]] {
  const child = join(BUILD, "compareChild.js");
  switch (contender) {
    case "countExtract-1t":
      return [process.execPath, [child, "countExtract", file, "1"]];
    case "countExtract":
      return [process.execPath, [child, "countExtract", file]];
    case "papaparse":
      return [process.execPath, [child, "papaparse", file]];
    case "duckdb-1t":
      return [process.execPath, [child, "duckdb", file, "1"]];
    case "duckdb":
      return [process.execPath, [child, "duckdb", file]];
    case "pandas":
      return [PYTHON, [join("bench", "pandasCount.py"), file, join(BUILD, "ethnicity-table.json")]];
    case "pandas-full":
      return [PYTHON, [join("bench", "pandasCount.py"), file, join(BUILD, "ethnicity-table.json"), "full"]];
  }
}

async function runChild(contender: Id, file: string): Promise<{ run: Run; output: Record<string, unknown> }> {
  const [exe, args] = command(contender, file);
  readThrough(file);
  const { wallMs, output } = await timedChild(exe, args, ROOT, contender);
  return { run: { contender, wallMs, maxRssMiB: (output["maxRssKiB"] as number) / 1024 }, output };
}

/** The counts of the accepted rows plus the planted rows that `counted` lets through. */
function countsWith(expected: StopSearchExpected, counted: (row: StopSearchExpected["spoiled"][number]) => boolean): Record<string, number> {
  const counts: Record<string, number> = { ...expected.quarterCounts };
  for (const row of expected.spoiled) {
    if (row.quarter === null || !counted(row)) continue;
    const key = `${row.quarter}|${row.ethnicity}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** What each contender must report for a generated file. */
function wanted(contender: Id, expected: StopSearchExpected): Record<string, unknown> {
  switch (contender) {
    case "countExtract-1t":
    case "countExtract":
      return {
        counts: expected.quarterCounts,
        rejects: expected.rejects,
        summary: { rowsRead: expected.rows, accepted: expected.accepted, rejected: expected.rejected, blankLines: expected.blankLines, unrecognised: {} },
      };
    case "papaparse":
      // papaparse sees the header, the blank line and every data row (the final newline ends the last row).
      return { rows: expected.rows + 2 };
    case "duckdb-1t":
    case "duckdb":
      return { counts: countsWith(expected, (row) => row.fields === 15) };
    case "pandas":
      return { counts: countsWith(expected, () => true), rows: expected.rows };
    case "pandas-full":
      // on_bad_lines="skip" drops a row with too many fields; a row with too few is padded with blanks.
      return { counts: countsWith(expected, (row) => row.fields <= 15), rows: expected.rows - expected.spoiled.filter((row) => row.fields > 15).length };
  }
}

function verify(contender: Id, output: Record<string, unknown>, expected: StopSearchExpected): void {
  const want = wanted(contender, expected);
  const got = Object.fromEntries(Object.keys(want).map((k) => [k, output[k]]));
  if (contender === "duckdb-1t" && output["threads"] !== 1) throw new Error(`duckdb-1t ran with ${String(output["threads"])} threads`);
  if (!isDeepStrictEqual(got, want)) throw new Error(`${contender} disagrees with the generator:\n${JSON.stringify({ got, want }, null, 1)}`);
}

const summarise = (runs: readonly Run[]) => ({
  medianWallS: median(runs.map((r) => r.wallMs)) / 1000,
  minWallS: Math.min(...runs.map((r) => r.wallMs)) / 1000,
  maxWallS: Math.max(...runs.map((r) => r.wallMs)) / 1000,
  peakRssMiB: Math.max(...runs.map((r) => r.maxRssMiB)),
});
const RATIOS: readonly (readonly [Id, Id])[] = [
  ["countExtract", "duckdb"],
  ["countExtract-1t", "duckdb-1t"],
  ["countExtract", "pandas"],
  ["countExtract", "pandas-full"],
  ["countExtract", "papaparse"],
  ["countExtract-1t", "papaparse"],
];

await bundleChild(ROOT, "compareChild", join(ROOT, BUILD));
// The label → group table pandas maps through, worked out by the library itself.
const table = Object.fromEntries(ETHNICITY_LABELS_WRITTEN.map((label) => [label, classifyEthnicity(label).ethnicity]));
writeFileSync(join(ROOT, BUILD, "ethnicity-table.json"), `${JSON.stringify(table, null, 2)}\n`);
for (const note of notes) console.error(note);

let duckdbVersion: string | null = null;
const results = [];
for (const rows of sizes) {
  const { file, expected } = benchFile(ROOT, rows);
  for (const contender of contenders) {
    const { output } = await runChild(contender, file); // warm-up
    verify(contender, output, expected);
    if (contender.startsWith("duckdb")) duckdbVersion = output["version"] as string;
  }
  const runs: Run[] = [];
  const perRound: Partial<Record<Id, number>>[] = [];
  for (let round = 0; round < rounds; round++) {
    const shift = round % contenders.length;
    const rotated = [...contenders.slice(shift), ...contenders.slice(0, shift)];
    const order = round % 2 === 0 ? rotated : rotated.reverse();
    const times: Partial<Record<Id, number>> = {};
    for (const contender of order) {
      const { run, output } = await runChild(contender, file);
      verify(contender, output, expected);
      runs.push(run);
      times[contender] = run.wallMs;
    }
    perRound.push(times);
    console.error(`  round ${round + 1}: ${order.map((c) => `${c} ${((times[c] as number) / 1000).toFixed(2)} s`).join(", ")}`);
  }
  const ratios = RATIOS.filter(([a, b]) => contenders.includes(a) && contenders.includes(b)).map(([a, b]) => {
    const perRoundRatios = perRound.map((times) => (times[a] as number) / (times[b] as number));
    return { ratio: `${a}/${b}`, median: median(perRoundRatios), perRound: perRoundRatios };
  });
  results.push({
    rows,
    bytes: expected.bytes,
    rounds,
    contenders: Object.fromEntries(contenders.map((c) => [c, summarise(runs.filter((r) => r.contender === c))])),
    ratios,
    countsVerified: true,
    runs,
  });
}

const report = {
  description: "Whole process, each run a fresh child, counting a seeded data.police.uk stop-and-search file by UK financial quarter of the Europe/London date x ethnic group",
  contenders: Object.fromEntries(contenders.map((c) => [c, DESCRIPTION[c]])),
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: process.platform,
    node: process.version,
    duckdb: duckdbVersion,
    pandas: pandasVersion,
    python: pythonVersion,
    loadAverage1m: { start: loadAtStart, end: loadavg()[0] as number },
  },
  date: new Date().toISOString().slice(0, 10),
  notes,
  results,
};
mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(join(ROOT, "bench", "results", "compare.json"), `${JSON.stringify(report, null, 2)}\n`);

const f = (x: number, d = 2) => x.toFixed(d);
console.log(`\n${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB; Node ${report.machine.node}, DuckDB ${duckdbVersion ?? "–"}, pandas ${pandasVersion ?? "–"}`);
for (const note of notes) console.log(note);
console.log("\n| rows | contender | median s (min–max) | peak RSS MiB |");
console.log("|---|---|---|---|");
for (const r of results) {
  for (const [c, s] of Object.entries(r.contenders)) console.log(`| ${r.rows.toLocaleString("en-GB")} | ${c} | ${f(s.medianWallS)} (${f(s.minWallS)}–${f(s.maxWallS)}) | ${f(s.peakRssMiB, 0)} |`);
}
console.log("\n| rows | ratio | paired median | per round |");
console.log("|---|---|---|---|");
for (const r of results) {
  for (const x of r.ratios) console.log(`| ${r.rows.toLocaleString("en-GB")} | ${x.ratio} | **${f(x.median, 3)}** | ${x.perRound.map((v) => f(v, 3)).join(", ")} |`);
}
