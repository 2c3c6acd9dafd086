// Whole-process ingest bench: countExtract against papaparse chunk-mode parsing alone, on the same
// seeded data.police.uk stop-and-search file, in one invocation.
//
//   npm run bench:ingest                       # 1M rows, then 5M rows for the memory check
//   npx tsx bench/ingest.ts --rows 1000000 --also 5000000 --rounds 5
//
// bench/ingestChild.ts is first bundled with tsup (the library's own build tool, dependencies left
// external as in dist/) to bench/data/build/ingestChild.js, so that both contenders run as plain
// compiled JavaScript under `node`, with no TypeScript loader in the timings. Each run is a fresh
// child process: its wall time is measured here from spawn to exit (start-up and imports included)
// and its peak RSS is the child's own `process.resourceUsage().maxRSS`. Before each run the file is read through once,
// untimed (readThrough), so each starts from the page cache. After one warm-up run of each, the contenders alternate
// (A B, then B A, …); the ratio is the median of the per-round ratios countExtract / papaparse.
// Every countExtract run is checked against the generator's own counts and spoiled rows.
// Writes bench/results/ingest.json and prints a table.

import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { benchFile, type StopSearchExpected } from "./_stopSearchData.js";
import { bundleChild, median, readThrough, timedChild } from "./_harness.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const RATIO_LIMIT = 1.25;
/** Peak RSS may grow from the first size to the largest by at most this fraction, or this many MiB, whichever is larger. */
const RSS_GROWTH_FRACTION = 0.1;
const RSS_GROWTH_MIB = 16;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}
const sizes = [Number(option("rows", "1000000")), ...option("also", "5000000").split(",").filter(Boolean).map(Number)];
const rounds = Number(option("rounds", "5"));
if (!sizes.every((n) => Number.isInteger(n) && n > 0) || !(rounds >= 1)) throw new Error("usage: tsx bench/ingest.ts [--rows N] [--also M[,K]] [--rounds R]");

type Contender = "countExtract" | "papaparse";
interface Run {
  contender: Contender;
  wallMs: number;
  inProcessMs: number;
  maxRssMiB: number;
}

async function runChild(contender: Contender, file: string): Promise<{ run: Run; output: Record<string, unknown> }> {
  readThrough(file);
  const { wallMs, output } = await timedChild(process.execPath, [CHILD, contender, file], ROOT, contender);
  return { run: { contender, wallMs, inProcessMs: output["inProcessMs"] as number, maxRssMiB: (output["maxRssKiB"] as number) / 1024 }, output };
}

/** Checks a countExtract run against what the generator wrote; throws on any difference. */
function verify(output: Record<string, unknown>, expected: StopSearchExpected): void {
  const want = {
    counts: expected.counts,
    rejects: expected.rejects,
    summary: { rowsRead: expected.rows, accepted: expected.accepted, rejected: expected.rejected, blankLines: expected.blankLines, unrecognised: {} },
  };
  const got = { counts: output["counts"], rejects: output["rejects"], summary: output["summary"] };
  if (!isDeepStrictEqual(got, want)) throw new Error(`countExtract disagrees with the generator:\n${JSON.stringify({ got, want }, null, 1)}`);
}

function verifyRows(output: Record<string, unknown>, expected: StopSearchExpected): void {
  // papaparse sees the header, the blank line and every data row (the final newline ends the last row).
  const want = expected.rows + 2;
  if (output["rows"] !== want) throw new Error(`papaparse gave ${String(output["rows"])} rows, expected ${want}`);
}

const summarise = (runs: readonly Run[]) => ({
  medianWallS: median(runs.map((r) => r.wallMs)) / 1000,
  minWallS: Math.min(...runs.map((r) => r.wallMs)) / 1000,
  maxWallS: Math.max(...runs.map((r) => r.wallMs)) / 1000,
  medianInProcessS: median(runs.map((r) => r.inProcessMs)) / 1000,
  peakRssMiB: Math.max(...runs.map((r) => r.maxRssMiB)),
});

const CHILD = join("bench", "data", "build", "ingestChild.js");
await bundleChild(ROOT, "ingestChild", join(ROOT, "bench", "data", "build"));

const results = [];
for (const rows of sizes) {
  const { file, expected } = benchFile(ROOT, rows);
  const check = (contender: Contender, output: Record<string, unknown>) => (contender === "countExtract" ? verify(output, expected) : verifyRows(output, expected));
  for (const contender of ["countExtract", "papaparse"] as const) check(contender, (await runChild(contender, file)).output); // warm-up
  const runs: Run[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const order: Contender[] = round % 2 === 0 ? ["countExtract", "papaparse"] : ["papaparse", "countExtract"];
    const pair: Partial<Record<Contender, Run>> = {};
    for (const contender of order) {
      const { run, output } = await runChild(contender, file);
      check(contender, output);
      runs.push(run);
      pair[contender] = run;
    }
    ratios.push((pair.countExtract as Run).wallMs / (pair.papaparse as Run).wallMs);
    console.error(`  round ${round + 1}: countExtract ${((pair.countExtract as Run).wallMs / 1000).toFixed(2)} s, papaparse ${((pair.papaparse as Run).wallMs / 1000).toFixed(2)} s, ratio ${(ratios.at(-1) as number).toFixed(3)}`);
  }
  results.push({
    rows,
    bytes: expected.bytes,
    rounds,
    countExtract: summarise(runs.filter((r) => r.contender === "countExtract")),
    papaparse: summarise(runs.filter((r) => r.contender === "papaparse")),
    ratio: median(ratios),
    ratios,
    countsVerified: true,
    runs,
  });
}

const first = results[0] as (typeof results)[number];
const last = results[results.length - 1] as (typeof results)[number];
const rssGrowthMiB = last.countExtract.peakRssMiB - first.countExtract.peakRssMiB;
const rssAllowanceMiB = Math.max(RSS_GROWTH_FRACTION * first.countExtract.peakRssMiB, RSS_GROWTH_MIB);
const report = {
  description: "countExtract(file, 'police-uk-stop-search', { by: ['financialYear', 'ethnicity'] }) against Papa.parse(createReadStream(file), { chunk }) alone; whole process, each run a fresh child",
  machine: { cpus: availableParallelism(), cpu: cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
  date: new Date().toISOString().slice(0, 10),
  criteria: {
    ratio: `median paired wall-time ratio <= ${RATIO_LIMIT} at every size`,
    memory: `countExtract peak RSS at ${last.rows} rows <= peak at ${first.rows} rows + max(${RSS_GROWTH_FRACTION * 100}%, ${RSS_GROWTH_MIB} MiB)`,
  },
  pass: { ratio: results.every((r) => r.ratio <= RATIO_LIMIT), memory: rssGrowthMiB <= rssAllowanceMiB },
  rssGrowthMiB,
  rssAllowanceMiB,
  results,
};
mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(join(ROOT, "bench", "results", "ingest.json"), `${JSON.stringify(report, null, 2)}\n`);

const f = (x: number, d = 2) => x.toFixed(d);
console.log("\n| rows | countExtract median s (min–max) | papaparse median s (min–max) | ratio (paired median) | peak RSS MiB countExtract / papaparse |");
console.log("|---|---|---|---|---|");
for (const r of results) {
  console.log(
    `| ${r.rows.toLocaleString("en-GB")} | ${f(r.countExtract.medianWallS)} (${f(r.countExtract.minWallS)}–${f(r.countExtract.maxWallS)}) | ${f(r.papaparse.medianWallS)} (${f(r.papaparse.minWallS)}–${f(r.papaparse.maxWallS)}) | ${f(r.ratio, 3)} | ${f(r.countExtract.peakRssMiB, 0)} / ${f(r.papaparse.peakRssMiB, 0)} |`,
  );
}
console.log(`\nratio ${results.map((r) => f(r.ratio, 3)).join(" / ")} (limit ${RATIO_LIMIT} at every size): ${report.pass.ratio ? "pass" : "FAIL"}`);
console.log(`peak RSS ${f(first.countExtract.peakRssMiB, 0)} → ${f(last.countExtract.peakRssMiB, 0)} MiB (${rssGrowthMiB >= 0 ? "+" : ""}${f(rssGrowthMiB, 1)}; allowed +${f(rssAllowanceMiB, 1)}): ${report.pass.memory ? "pass" : "FAIL"}`);
if (!report.pass.ratio || !report.pass.memory) process.exitCode = 1;
