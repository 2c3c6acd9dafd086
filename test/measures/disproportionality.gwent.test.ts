import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disproportionality, gwentPopulation, type DisproportionalityTable } from "../../src/index.js";
import { countExtract } from "../../src/node/countExtract.js";
import { relativeDifference } from "../_helpers/closeTo.js";
import { SHARED_DATA, sharedFile } from "../_helpers/sharedData.js";
import { csvRows, num, rowOf } from "../_helpers/sharedTables.js";

// End to end from the public source files: Gwent stop and search 2019/20 (data.police.uk) and use of
// force 2019/20 (Home Office) against Census 2011. Expected numbers were computed in R from the
// same files (fixtures/generators/disproportionality.R; poisson.test and p.adjust) and are quoted in
// docs/validation.md and docs/methods/disproportionality.md.

const FOLDER = "police-uk/gwent-stop-and-search-2019-04-to-2022-03";
const FY_2019_20 = ["2019-04", "2019-05", "2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12", "2020-01", "2020-02", "2020-03"];
const census2011 = gwentPopulation({ census: 2011 });

function expectRelative(actual: number | null | undefined, expected: number, tolerance: number, what: string) {
  expect(relativeDifference(actual as number, expected), `${what}: ${String(actual)} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

const rowOfTable = (t: DisproportionalityTable, group: string) => t.rows.find((r) => r.group === group);

/** Counts by the five groups and Unknown from a plain scan of the CSV lines (these files have no quoted fields). */
function scanSelfDefinedEthnicity(files: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = { Asian: 0, Black: 0, Mixed: 0, Other: 0, White: 0, Unknown: 0 };
  const prefixes: [string, string][] = [["White - ", "White"], ["Mixed/Multiple ethnic groups - ", "Mixed"], ["Asian/Asian British - ", "Asian"], ["Black/African/Caribbean/Black British - ", "Black"], ["Other ethnic group - ", "Other"]];
  for (const file of files) {
    const [header, ...lines] = sharedFile(`${FOLDER}/${file}`).split(/\r?\n/).filter((l) => l !== "");
    const column = (header as string).split(",").indexOf("Self-defined ethnicity");
    for (const line of lines) {
      const label = line.split(",")[column] ?? "";
      const group = label === "" || label === "Other ethnic group - Not stated" ? "Unknown" : prefixes.find(([p]) => label.startsWith(p))?.[1];
      if (group === undefined) throw new Error(`unexpected label ${label}`);
      counts[group] = (counts[group] as number) + 1;
    }
  }
  return counts;
}

describe("Gwent stop and search 2019/20 against Census 2011", () => {
  const files = readdirSync(join(SHARED_DATA, FOLDER)).filter((f) => FY_2019_20.some((m) => f.startsWith(m)));

  it("has eleven monthly files for 2019/20: August 2019 is missing", () => {
    expect(files).toHaveLength(11);
    expect(files.some((f) => f.startsWith("2019-08"))).toBe(false);
  });

  it("counts the same searches by ethnicity with countExtract as a plain scan of the files", async () => {
    const scanned = scanSelfDefinedEthnicity(files);
    expect(scanned).toEqual({ Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 });
    const { counts, summary } = await countExtract(join(SHARED_DATA, FOLDER), "police-uk-stop-search", { by: ["financialYear", "ethnicity"] });
    expect(summary.rejected).toBe(0);
    const ours = Object.fromEntries(counts.filter((c) => c["financialYear"] === "2019/20").map((c) => [c["ethnicity"], c.count]));
    expect(ours).toEqual(scanned);
  });

  it("uses the Census 2011 QS201EW figures for Gwent", () => {
    const gwent = rowOf(csvRows("census/census2011_QS201EW_ethnic_group_by_police_force_area.csv"), "PFA16NM", "Gwent");
    for (const g of census2011.groups) expect(g.population, g.group).toBe(num(gwent, `Ethnic Group: ${g.group}; measures: Value`));
  });

  it("gives White 3.705 and Black 34.85 per 1,000 and a Black/White ratio of 9.41 (7.70–11.39)", async () => {
    const { counts } = await countExtract(files.map((f) => join(SHARED_DATA, FOLDER, f)), "police-uk-stop-search", { by: ["ethnicity"] });
    const t = disproportionality(counts.map((c) => ({ group: String(c["ethnicity"]), count: c.count })), census2011);
    expect(t.reference).toBe("White");
    expect(rowOfTable(t, "White")?.rate?.value).toBeCloseTo(3.705, 3);
    expect(rowOfTable(t, "Black")?.rate?.value).toBeCloseTo(34.85, 2);
    const black = rowOfTable(t, "Black")?.ratio;
    expect([black?.value, black?.lower, black?.upper].map((v) => Number(v?.toFixed(2)))).toEqual([9.41, 7.7, 11.39]);
    // R: poisson.test(c(111, 2054), c(3185, 554377))
    expectRelative(black?.value, 9.406288759230755, 1e-9, "ratio");
    expectRelative(black?.lower, 7.6996617035550186, 1e-6, "lower");
    expectRelative(black?.upper, 11.389543148003185, 1e-6, "upper");
    expectRelative(black?.pValue, 4.877292205943038e-66, 1e-6, "p-value");
    expect(rowOfTable(t, "Black")?.significant).toBe(true);
    // Ethnicity recorded in 72.3% of searches (Home Office, from force returns: 69%).
    expect(t.unknown).toMatchObject({ count: 941, total: 3397 });
    expect(t.unknown.knownShare).toBeCloseTo(2456 / 3397, 12);
    // Even if every unknown search had been of a White person, the ratio would be 6.45.
    const bounds = t.sensitivity.find((s) => s.group === "Black");
    expectRelative(bounds?.lowest.ratio, 111 / 3185 / ((2054 + 941) / 554377), 1e-12, "lowest");
    expect(bounds?.lowest.ratio).toBeCloseTo(6.451, 3);
    expect(bounds?.highest.ratio).toBeCloseTo(89.148, 3);
  });

  it("cannot give the Home Office's published Black rate of 31.8 from any whole count over 3,185 (docs/validation.md)", () => {
    const rounded = (k: number) => Math.round((k / 3185) * 10000) / 10;
    expect([rounded(101), rounded(102)]).toEqual([31.7, 32]);
    expect(Array.from({ length: 400 }, (_, k) => k).filter((k) => rounded(k) === 31.8)).toEqual([]);
  });
});

describe("Gwent use of force 2019/20 against Census 2011", () => {
  const tactics = rowOf(
    csvRows("home-office/ho_use_of_force_by_ethnicity_by_force_2019-20.csv").filter((r) => r["Police Force"] === "Gwent"),
    "Tactic",
    "*Total Tactics",
  );
  const count = (column: string) => Number(tactics[column]);
  const counts = {
    White: count("White"),
    Black: count("Black (or Black British)"),
    Asian: count("Asian (or Asian British)"),
    Mixed: count("Mixed"),
    Other: count("Other"),
    Unknown: count("Not reported"),
  };

  it("reads the Home Office totals of tactics by perceived ethnicity", () => {
    expect(counts).toEqual({ White: 8105, Black: 306, Asian: 267, Mixed: 219, Other: 62, Unknown: 67 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(count("Number of times tactic reported"));
  });

  it("gives the rates, ratios, Holm p-values and bounds computed in R", () => {
    const t = disproportionality(counts, census2011);
    // R: x / pop * 1000; poisson.test(c(x, 8105), c(pop, 554377)); p.adjust(p, "holm");
    // lowest = (x/pop) / ((8105 + 67)/554377); highest = ((x + 67)/pop) / (8105/554377)
    const expected = {
      White: { rate: 14.62001490, ratio: null },
      Mixed: { rate: 39.48080043, ratio: [2.700462394, 2.35043885, 3.088662065, 4.505701508e-36, 1.351710453e-35], bounds: [2.678322039, 3.526631254] },
      Asian: { rate: 22.83222165, ratio: [1.561709876, 1.37728096, 1.7643815, 1.90117422e-11, 3.80234844e-11], bounds: [1.548905842, 1.95359962] },
      Black: { rate: 96.07535322, ratio: [6.571494891, 5.843474393, 7.366917498, 4.760692022e-138, 1.904276809e-137], bounds: [6.517616996, 8.010351615] },
      Other: { rate: 31.77857509, ratio: [2.173634932, 1.664927373, 2.789503553, 5.364514303e-8, 5.364514303e-8], bounds: [2.155813892, 4.522563003] },
    } as const;
    expect(t.rows.map((r) => r.group)).toEqual(["White", "Mixed", "Asian", "Black", "Other"]);
    for (const [group, want] of Object.entries(expected)) {
      const row = rowOfTable(t, group);
      expectRelative(row?.rate?.value, want.rate, 1e-9, `${group} rate`);
      if (want.ratio === null) {
        expect(row?.ratio).toBeNull();
        continue;
      }
      const [value, lower, upper, p, adjusted] = want.ratio;
      expectRelative(row?.ratio?.value, value, 1e-9, `${group} ratio`);
      expectRelative(row?.ratio?.lower, lower, 1e-8, `${group} lower`);
      expectRelative(row?.ratio?.upper, upper, 1e-8, `${group} upper`);
      expectRelative(row?.ratio?.pValue, p, 1e-6, `${group} p`);
      expectRelative(row?.ratio?.adjustedPValue, adjusted, 1e-6, `${group} adjusted p`);
      expect(row?.significant).toBe(true);
      const s = t.sensitivity.find((e) => e.group === group);
      expectRelative(s?.lowest.ratio, want.bounds[0], 1e-9, `${group} lowest`);
      expectRelative(s?.highest.ratio, want.bounds[1], 1e-9, `${group} highest`);
    }
    expect(t.unknown.share).toBeCloseTo(67 / 9026, 12);
  });
});
