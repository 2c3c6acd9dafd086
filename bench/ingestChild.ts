// One contender of the ingest bench, alone in its own process, so that its wall time and peak RSS
// are its own. bench/ingest.ts bundles it and runs `node bench/data/build/ingestChild.js <contender> <file>`
// (it also runs as `node --import tsx bench/ingestChild.ts <contender> <file>`); prints one line of JSON.
// Contenders:
//   countExtract — countExtract(file, "police-uk-stop-search", { by: ["financialYear", "ethnicity"] })
//   papaparse    — Papa.parse(fs.createReadStream(file), { chunk }) counting rows, nothing else
//                  (the idiomatic call; 1 MiB reads or a utf8 stream were no faster here)

import { papaparseRows } from "./_papaparseRows.js";

const [contender, file] = process.argv.slice(2);
if (file === undefined || (contender !== "countExtract" && contender !== "papaparse")) {
  console.error("usage: ingestChild countExtract|papaparse <file.csv>");
  process.exit(2);
}


async function count(path: string) {
  const { countExtract } = await import("../src/node/index.js");
  const { counts, rejects, summary } = await countExtract(path, "police-uk-stop-search", { by: ["financialYear", "ethnicity"] });
  return {
    counts: Object.fromEntries(counts.map((c) => [`${String(c["financialYear"])}|${String(c["ethnicity"])}`, c.count])),
    rejects: rejects.map(({ line, column, reason }) => ({ line, column, reason })),
    summary: { rowsRead: summary.rowsRead, accepted: summary.accepted, rejected: summary.rejected, blankLines: summary.blankLines, unrecognised: summary.unrecognised },
  };
}

const result = contender === "papaparse" ? await papaparseRows(file) : await count(file);
// performance.now() counts from the start of the process, so this is start-up, import and work.
const inProcessMs = performance.now();
process.stdout.write(`${JSON.stringify({ contender, inProcessMs, maxRssKiB: process.resourceUsage().maxRSS, ...result })}\n`);
