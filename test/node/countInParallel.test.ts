import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countInParallel, sliceEnds } from "../../src/_internal/countInParallel.js";
import { countSink } from "../../src/_internal/countSink.js";
import { processExtract } from "../../src/_internal/extractProcess.js";
import { extractSources } from "../../src/_internal/nodeSources.js";
import { policeUkStopSearchSchema } from "../../src/csv/index.js";
import { ArgumentError, countExtract } from "../../src/node/index.js";

// Parallel counting against one reader: for any file, any number of slices, the counts, ledger
// (lines included) and summary are those of reading the file in one thread.

const HEADER = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";
const GOOD = "Person search,2019-03-31T23:00:00+00:00,False,,51.58,-2.99,Male,18-24,White - Irish,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,,";
const ROWS = [
  GOOD,
  GOOD.replace("White - Irish", "Black/African/Caribbean/Black British - African").replace("2019-03-31", "2021-07-01"),
  GOOD.replace(",,51.58", ',"Op ""Snow"",\nphase 2\n\nend",51.58'), // a quoted field of several lines
  GOOD.replace("51.58", "north"), // rejected: latitude
  GOOD.replace("18-24", "teenager"), // unrecognised age range
  GOOD.replace("White - Irish", "Gŵyl"), // multi-byte, unrecognised ethnicity
  "",
  GOOD + ",extra", // rejected: 16 fields
];
const dir = mkdtempSync(join(tmpdir(), "parallel-"));
const by = ["financialYear", "ethnicity", "ageBand"];

/**
 * Counts a file in one thread, or with `threads` threads (`minSlice` 0: in guided slices, four
 * rounds of `threads`, however small the file); `parallel` says whether the slices were used (not declined).
 */
async function count(path: string, threads: number, minSlice?: number) {
  const sink = countSink(by);
  const sources = await extractSources("test", path);
  let parallel = false;
  const whole =
    threads === 1
      ? null
      : async (source: (typeof sources)[number], ledger: Parameters<typeof countInParallel>[3], before: number) => {
          const read = await countInParallel(source, { schema: "police-uk-stop-search", by, mapping: undefined }, threads, ledger, (key, n) => sink.addCell(key, n), before, minSlice);
          parallel = read !== null;
          return read;
        };
  const { rejects, summary } = await processExtract(sources, policeUkStopSearchSchema, {}, (r) => sink.add(r as unknown as Record<string, unknown>), whole);
  return { result: { counts: sink.rows(), rejects, summary }, parallel };
}

describe("countInParallel", () => {
  it("gives one reader's counts, ledger and summary for random files cut into 2–5 slices, wherever the cuts fall", async () => {
    let n = 0;
    let sliced = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...ROWS.keys()), { minLength: 1, maxLength: 60 }), fc.constantFrom("\n", "\r\n"), fc.boolean(), fc.integer({ min: 2, max: 5 }), fc.boolean(), async (picks, newline, bom, threads, guided) => {
        const path = join(dir, `random-${n++}.csv`);
        writeFileSync(path, (bom ? "\ufeff" : "") + [HEADER, ...picks.map((i) => ROWS[i] as string)].join(newline) + newline);
        const one = (await count(path, 1)).result;
        const many = await count(path, threads, guided ? 0 : undefined);
        expect(many.result).toEqual(one);
        if (many.parallel) sliced++;
        expect(one.summary.rowsRead).toBe(one.summary.accepted + one.summary.rejected);
      }),
      { seed: 5, numRuns: 16 },
    );
    // Most files were counted in slices; the rest were declined (a cut inside a quoted field, a file too short to cut) and read whole.
    expect(sliced).toBeGreaterThanOrEqual(5);
  }, 120_000);

  it("merges slices with line numbers of the whole file, and falls back when a cut lands inside a quoted field", async () => {
    const body = Array.from({ length: 40 }, (_, i) => ROWS[i % ROWS.length] as string);
    const text = [HEADER, ...body].join("\n") + "\n";
    const path = join(dir, "lines.csv");
    writeFileSync(path, text);
    const one = (await count(path, 1)).result;
    // Each reject's line is where its bad row starts in the file.
    const lines = text.split("\n");
    expect(one.rejects).toHaveLength(10);
    for (const reject of one.rejects) expect(lines[reject.line - 1]).toMatch(/north|,extra$/);
    let sliced = 0;
    for (const threads of [2, 3, 4, 7]) {
      for (const minSlice of [undefined, 0]) {
        const many = await count(path, threads, minSlice);
        expect(many.result).toEqual(one);
        if (many.parallel) sliced++;
      }
    }
    expect(sliced).toBeGreaterThan(1);
    // A file whose middle is one quoted field of 2,000 lines: the cut falls inside it, the slices
    // are declined and the file is read whole.
    const long = GOOD.replace(",,51.58", `,"${"x\n".repeat(2000)}",51.58`);
    const inside = join(dir, "quoted.csv");
    writeFileSync(inside, [HEADER, GOOD, GOOD, long, GOOD, GOOD].join("\n") + "\n");
    const whole = await count(inside, 1);
    expect(await count(inside, 2)).toEqual({ result: whole.result, parallel: false });
    expect(whole.result.summary).toMatchObject({ rowsRead: 5, accepted: 5 });
  }, 60_000);
});

describe("sliceEnds", () => {
  it("cuts a large file in four rounds of one slice per thread (60%, 25%, 10%, 5%), a small one in equal slices", () => {
    const round = (ends: number[]) => ends.map((e) => Math.round(e * 10000) / 10000);
    expect(round(sliceEnds(1 << 30, 2, 4 << 20))).toEqual([0.3, 0.6, 0.725, 0.85, 0.9, 0.95, 0.975, 1]);
    expect(round(sliceEnds(1 << 30, 4, 4 << 20))).toEqual([0.15, 0.3, 0.45, 0.6, 0.6625, 0.725, 0.7875, 0.85, 0.875, 0.9, 0.925, 0.95, 0.9625, 0.975, 0.9875, 1]);
    expect(sliceEnds(150 << 20, 2, 4 << 20)).toEqual([0.5, 1]); // its last slices would be 3.75 MiB
    expect(sliceEnds(150 << 20, 1, 4 << 20)).toHaveLength(4);
  });
});

describe("countExtract threads", () => {
  it("counts a 17 MiB file in two threads exactly as in one", async () => {
    const rows: string[] = [];
    for (let i = 0, bytes = 0; bytes < 17 << 20; i++) {
      rows.push(ROWS[i % ROWS.length] as string);
      bytes += Buffer.byteLength(rows[rows.length - 1] as string) + 2;
    }
    const path = join(dir, "big.csv");
    writeFileSync(path, [HEADER, ...rows].join("\r\n") + "\r\n");
    const options = { by: ["quarter", "ethnicity"] };
    const one = await countExtract(path, "police-uk-stop-search", { ...options, threads: 1 });
    const two = await countExtract(path, "police-uk-stop-search", { ...options, threads: 2 });
    expect(two).toEqual(one);
    expect(one.summary.rowsRead).toBeGreaterThan(80_000);
    expect((await count(path, 2)).parallel).toBe(true); // the file was indeed counted in slices
    // In guided slices, each taken by whichever thread is free, and in three threads: a file
    // without line breaks in quotes, so that no cut can fall inside a field and decline.
    const flat = join(dir, "big-flat.csv");
    writeFileSync(flat, [HEADER, ...rows.filter((row) => !row.includes("\n"))].join("\r\n") + "\r\n");
    const reference = (await count(flat, 1)).result;
    expect(reference.summary.rowsRead).toBeGreaterThan(70_000);
    for (const [threads, minSlice] of [[2, 0], [3, 0], [3, undefined]] as const) {
      const many = await count(flat, threads, minSlice);
      expect(many).toEqual({ result: reference, parallel: true });
    }
  }, 120_000);

  it("rejects a bad thread count", async () => {
    await expect(countExtract(join(dir, "lines.csv"), "police-uk-stop-search", { by: ["type"], threads: 0 })).rejects.toThrow(ArgumentError);
    await expect(countExtract(join(dir, "lines.csv"), "police-uk-stop-search", { by: ["type"], threads: 1.5 })).rejects.toThrow("countExtract: options.threads must be a whole number of at least 1; received 1.5");
  });
});
