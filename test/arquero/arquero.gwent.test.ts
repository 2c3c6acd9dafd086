import { from, op } from "arquero";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromArquero, toArquero } from "../../src/arquero/index.js";
import { disproportionality, genderPayGap, gwentPopulation, representation, resultTable, type GenderPayGapEmployee } from "../../src/index.js";
import { countExtract, readExtract } from "../../src/node/index.js";

// The package's bundled real data: 35 monthly Gwent stop-and-search files from data.police.uk
// (12,675 rows). The 2019/20 counts by self-defined ethnicity were verified independently of the
// package (a plain scan of the CSV lines): Asian 191, Black 111, Mixed 86, Other 14, White 2,054,
// Unknown 941.
const DATA = join(import.meta.dirname, "..", "..", "data");
const STOP_SEARCH = join(DATA, "police-uk", "stop-search");
const VERIFIED_2019_20 = { Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 };
const census2011 = gwentPopulation({ census: 2011 });

type Row = Record<string, unknown>;

describe("arquero with the real Gwent stop-and-search files", () => {
  it("moves countExtract's counts into arquero and back into disproportionality, as the direct call gives", async () => {
    const counted = await countExtract(STOP_SEARCH, "police-uk-stop-search", { by: ["financialYear", "ethnicity"] });
    const all = toArquero(counted);
    expect(all.columnNames()).toEqual(["financialYear", "ethnicity", "count"]);
    expect(all.rollup({ n: op.sum("count") }).get("n", 0)).toBe(12675);
    const fy = all.params({ year: "2019/20" }).filter((d: Row, $: Row) => d["financialYear"] === $["year"]);
    const counts = fromArquero(fy, { group: "ethnicity", count: "count" });
    expect(counts).toEqual(VERIFIED_2019_20);
    expect(disproportionality(counts, census2011)).toEqual(disproportionality(VERIFIED_2019_20, census2011));
  });

  it("counts an arquero table of the records by ethnicity to the verified figures", async () => {
    const { records, summary } = await readExtract(STOP_SEARCH, "police-uk-stop-search");
    expect(summary.accepted).toBe(12675);
    const searches = from(records as object[]);
    const fy = searches.filter((d: Row) => d["financialYear"] === "2019/20");
    expect(fromArquero(fy, { group: "ethnicity" })).toEqual(VERIFIED_2019_20);
    // arquero's own count agrees, and the three years add up to every row
    const byYear = searches.groupby("financialYear").count().objects() as Row[];
    expect(byYear.reduce((sum, r) => sum + (r["count"] as number), 0)).toBe(12675);
    expect(byYear.find((r) => r["financialYear"] === "2019/20")?.["count"]).toBe(Object.values(VERIFIED_2019_20).reduce((a, b) => a + b, 0));
  });

  it("puts the 2019/20 table out as tidy rows whose rollups match the verified counts", () => {
    const t = toArquero(disproportionality(VERIFIED_2019_20, census2011));
    expect(t.rollup({ known: op.sum("count") }).get("known", 0)).toBe(2456); // 191 + 111 + 86 + 14 + 2,054
    const black = (t.objects() as Row[]).find((r) => r["group"] === "Black") as Row;
    // R: poisson.test(c(111, 2054), c(3185, 554377)): 9.41 (7.70 to 11.39)
    expect([black["ratio"], black["ratioLower"], black["ratioUpper"]].map((v) => Number((v as number).toFixed(2)))).toEqual([9.41, 7.7, 11.39]);
  });
});

describe("arquero with the synthetic HR extract", () => {
  it("gives genderPayGap and representation the same records through arquero as directly", async () => {
    const { records } = await readExtract(join(DATA, "synthetic", "hr.csv"), "hr");
    const staff = from(records as object[]);
    const employees = fromArquero<GenderPayGapEmployee>(staff, { records: true, group: "sex" });
    expect(employees).toHaveLength(records.length);
    const gap = genderPayGap(employees);
    expect(gap).toEqual(genderPayGap(records as unknown as GenderPayGapEmployee[]));
    // out again: the pay gap's figures as the same tidy rows resultTable gives
    expect(toArquero(gap).objects()).toEqual(resultTable(gap).rows);
    const people = fromArquero(staff, { records: true, group: "ethnicity" });
    expect(representation(people, gwentPopulation())).toEqual(representation(records as object[], gwentPopulation()));
    // counting the table by ethnicity gives representation's counts
    const counts = fromArquero(staff, { group: "ethnicity" });
    const overall = representation(counts, gwentPopulation()).overall;
    expect(overall.rows.map((r) => r.count)).toEqual(representation(records as object[], gwentPopulation()).overall.rows.map((r) => r.count));
    expect(overall.unknown.count).toBe(counts["Unknown"] ?? 0);
  });
});
