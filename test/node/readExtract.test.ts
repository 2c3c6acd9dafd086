import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArgumentError } from "../../src/index.js";
import { countExtract, readExtract } from "../../src/node/index.js";
import { SHARED_DATA } from "../_helpers/sharedData.js";

const STOP_SEARCH = join(SHARED_DATA, "police-uk", "gwent-stop-and-search-2019-04-to-2022-03");
const STREET = join(SHARED_DATA, "police-uk", "gwent-street-2023-04-to-2024-03");
const OUTCOMES = join(SHARED_DATA, "police-uk", "gwent-outcomes-2024-01-to-2024-03");

// An independent count: the files hold no quotes, so a naive split is exact; ethnicity by the
// label's prefix; the financial year of the London calendar date through Intl.
const londonDate = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });
function financialYearOf(iso: string): string {
  const [day, month, year] = londonDate.format(new Date(iso)).split("/").map(Number) as [number, number, number];
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}
function groupOf(label: string): string {
  if (label === "" || label.endsWith("Not stated")) return "Unknown";
  for (const [prefix, group] of [["White", "White"], ["Mixed", "Mixed"], ["Asian", "Asian"], ["Black", "Black"], ["Other", "Other"]] as const) {
    if (label.startsWith(prefix)) return group;
  }
  return "unexpected";
}
function independentStopSearchCounts() {
  const counts = new Map<string, number>();
  let rows = 0;
  for (const name of readdirSync(STOP_SEARCH).sort()) {
    const [header, ...lines] = readFileSync(join(STOP_SEARCH, name), "utf8").split(/\r?\n/).filter((l) => l !== "");
    const cols = (header as string).split(",");
    for (const line of lines) {
      const f = line.split(",");
      rows++;
      const key = `${financialYearOf(f[cols.indexOf("Date")] as string)}|${groupOf(f[cols.indexOf("Self-defined ethnicity")] as string)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { rows, counts };
}

describe("readExtract and countExtract on the real Gwent files", () => {
  it("reads the 35 stop-search files: 12,675 rows, no rejects", async () => {
    const { records, rejects, summary } = await readExtract(STOP_SEARCH, "police-uk-stop-search");
    expect(summary).toMatchObject({ files: 35, rowsRead: 12675, accepted: 12675, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(records[0]).toMatchObject({ financialYear: "2019/20", quarter: "2019/20 Q1" });
    expect(Object.keys(summary.unrecognised)).toEqual([]);
  });

  it("counts 2019/20 searches by ethnicity as the issue states and as an independent count does", async () => {
    const { counts, summary } = await countExtract(STOP_SEARCH, "police-uk-stop-search", { by: ["financialYear", "ethnicity"] });
    const fy1920 = Object.fromEntries(counts.filter((c) => c["financialYear"] === "2019/20").map((c) => [c["ethnicity"], c.count]));
    expect(fy1920).toEqual({ Asian: 191, Black: 111, Mixed: 86, Other: 14, Unknown: 941, White: 2054 });
    const independent = independentStopSearchCounts();
    expect(summary.rowsRead).toBe(independent.rows);
    expect(Object.fromEntries(counts.map((c) => [`${c["financialYear"]}|${c["ethnicity"]}`, c.count]))).toEqual(Object.fromEntries(independent.counts));
  });

  it("places a UK-midnight date on the London calendar (2019-03-31T23:00:00+00:00 is 1 April 2019)", async () => {
    const { records } = await readExtract(join(STOP_SEARCH, "2019-04-gwent-stop-and-search.csv"), "police-uk-stop-search");
    expect(records.every((r) => (r as { financialYear: string }).financialYear === "2019/20")).toBe(true);
  });

  it("reads the 12 street files and counts rows by local authority as FINDINGS reports", async () => {
    const { counts, summary } = await countExtract(STREET, "police-uk-street", { by: ["localAuthority"] });
    expect(summary).toMatchObject({ files: 12, rowsRead: 66227, rejected: 0 });
    const byLa = Object.fromEntries(counts.map((c) => [String(c["localAuthority"]), c.count]));
    expect(byLa).toMatchObject({ Newport: 21852, Caerphilly: 17463, Torfaen: 10311, "Blaenau Gwent": 8853, Monmouthshire: 6575 });
  });

  it("reads the outcomes files, each row a record", async () => {
    const { summary } = await readExtract(OUTCOMES, "police-uk-outcomes");
    const lines = readdirSync(OUTCOMES).reduce((n, f) => n + readFileSync(join(OUTCOMES, f), "utf8").split(/\r?\n/).filter((l) => l !== "").length - 1, 0);
    expect(summary).toMatchObject({ files: 3, rowsRead: lines, accepted: lines, rejected: 0 });
  });

  it("accepts an array of files and folders and rejects missing paths or unknown schemas", async () => {
    const one = join(STOP_SEARCH, "2019-04-gwent-stop-and-search.csv");
    const { summary } = await readExtract([one, one], "police-uk-stop-search");
    expect(summary.files).toBe(2);
    await expect(readExtract(join(STOP_SEARCH, "nope.csv"), "police-uk-stop-search")).rejects.toThrow(/paths must name files or folders that exist/);
    await expect(readExtract(one, "stop-search")).rejects.toThrow(ArgumentError);
    await expect(countExtract(one, "police-uk-stop-search", { by: [] })).rejects.toThrow(/options.by must be a non-empty array/);
  });
});
