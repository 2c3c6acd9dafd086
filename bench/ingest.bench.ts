// In-process companion to bench/ingest.ts: countExtract against papaparse chunk-mode parsing
// alone on a seeded 100,000-row data.police.uk stop-and-search file (written to the git-ignored
// bench/data/ on first run). Run with `npx vitest bench --run bench/ingest.bench.ts`.
// The whole-process figures that the ratio criterion is judged on come from `npm run bench:ingest`.
import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { bench, describe, expect } from "vitest";
import { countExtract } from "../src/node/index.js";
import { stopSearchFile } from "./_stopSearchData.js";

const ROWS = 100_000;
const { path, expected } = stopSearchFile(ROWS);

function papaparseRows(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse<string[]>(createReadStream(file), {
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

const options = { time: 3000, iterations: 5, warmupIterations: 2 };

describe(`stop-search ingest, ${ROWS.toLocaleString("en-GB")} rows`, () => {
  bench(
    "countExtract by financialYear × ethnicity",
    async () => {
      const { counts, summary } = await countExtract(path, "police-uk-stop-search", { by: ["financialYear", "ethnicity"] });
      expect(summary.rejected).toBe(expected.rejected);
      expect(Object.fromEntries(counts.map((c) => [`${String(c["financialYear"])}|${String(c["ethnicity"])}`, c.count]))).toEqual(expected.counts);
    },
    options,
  );
  bench(
    "papaparse chunk mode alone (baseline)",
    async () => {
      expect(await papaparseRows(path)).toBe(ROWS + 2);
    },
    options,
  );
});
