import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deprivationCounts, deprivationGradient, gwentPopulation } from "../../src/index.js";
import { countExtract } from "../../src/node/countExtract.js";
import { SHARED_DATA, sharedFile } from "../_helpers/sharedData.js";

// Real data: Gwent street-level crime 2023/24 (data.police.uk, 12 monthly files) by all-Wales WIMD 2019
// quintile, against the mid-2020 LSOA populations. The package's path (countExtract → deprivationCounts
// → deprivationGradient with the embedded baseline) is checked against an independent count: a plain
// scan of the CSV files, WIMD quintiles and local authorities read straight from Welsh Government's
// files, and populations summed from ONS's LSOA estimates.

const STREET = join("police-uk", "gwent-street-2023-04-to-2024-03");
const GWENT_LAS = new Set(["W06000018", "W06000019", "W06000020", "W06000021", "W06000022"]);

function rows(text: string): string[][] {
  return text.split(/\r?\n/).slice(1).filter((l) => l.length > 0).map((l) => l.split(","));
}

/** The independent count: quintile, local authority and population per LSOA from the source files. */
function independent() {
  const quintile = new Map(rows(sharedFile("deprivation/wimd2019_overall_rank_decile_quintile_quartile_by_lsoa_wales.csv")).map((r) => [r[0] as string, Number(r[5])]));
  const la = new Map(rows(sharedFile("deprivation/wimd2019_lsoa_geography_lookup_wales.csv")).map((r) => [r[0] as string, r[2] as string]));
  const population = [0, 0, 0, 0, 0];
  for (const r of rows(sharedFile("deprivation/ons_sape_mid2020_lsoa11_syoa_persons_wales.csv"))) {
    const code = (r[1] as string).replaceAll('"', "");
    const q = (quintile.get(code) as number) - 1;
    if (GWENT_LAS.has(la.get(code) ?? "")) population[q] = (population[q] as number) + Number(r[2]);
  }
  const counts = [0, 0, 0, 0, 0];
  let blank = 0;
  let notWelsh = 0;
  let outside = 0;
  let total = 0;
  const files = readdirSync(join(SHARED_DATA, STREET)).filter((f) => f.endsWith(".csv"));
  for (const file of files) {
    for (const r of rows(sharedFile(join(STREET, file)))) {
      expect(r).toHaveLength(12); // the street files are unquoted: every row splits into 12 fields
      total++;
      const code = r[7] as string;
      if (code === "") blank++;
      else if (!quintile.has(code)) notWelsh++;
      else if (!GWENT_LAS.has(la.get(code) as string)) outside++;
      else {
        const q = (quintile.get(code) as number) - 1;
        counts[q] = (counts[q] as number) + 1;
      }
    }
  }
  return { counts, population, blank, notWelsh, outside, total, files: files.length };
}

describe("Gwent street crime 2023/24 by WIMD 2019 quintile", async () => {
  const { counts: byLsoa, summary } = await countExtract(join(SHARED_DATA, STREET), "police-uk-street", { by: ["lsoaCode"] });
  const mapped = deprivationCounts(byLsoa.map((c) => ({ group: String(c["lsoaCode"] ?? ""), count: c.count })));
  const baseline = gwentPopulation({ by: "deprivation" });
  const gradient = deprivationGradient(mapped, baseline);
  const truth = independent();

  it("reads all 66,227 rows of the 12 files", () => {
    expect(truth.files).toBe(12);
    expect(truth.total).toBe(66227);
    expect(summary.rowsRead).toBe(66227);
    expect(mapped.total).toBe(summary.accepted);
  });

  it("places every record in a quintile or an issue, as the plain scan does", () => {
    expect(mapped.counts.map((c) => c.count)).toEqual(truth.counts);
    const unmatched = mapped.issues.find((i) => i.kind === "unmatched-lsoa");
    const outside = mapped.issues.find((i) => i.kind === "outside-area");
    expect(unmatched?.count).toBe(truth.blank + truth.notWelsh);
    expect(unmatched?.lsoas?.find((l) => l.code === "")?.count).toBe(truth.blank);
    expect(outside?.count).toBe(truth.outside);
    expect(mapped.matched + (unmatched?.count ?? 0) + (outside?.count ?? 0)).toBe(truth.total);
  });

  it("uses the WIMD LSOA populations summed from ONS's estimates", () => {
    expect(baseline.groups.map((g) => g.population)).toEqual(truth.population);
    expect(truth.population).toEqual([162025, 122083, 116516, 103389, 94181]);
  });

  it("gives rates per 1,000 by quintile equal to the independent count's, falling from most to least deprived", () => {
    const expected = truth.counts.map((c, i) => (c / (truth.population[i] as number)) * 1000);
    gradient.rows.forEach((row, i) => expect(row.rate?.value).toBeCloseTo(expected[i] as number, 10));
    for (let i = 1; i < 5; i++) expect(expected[i] as number).toBeLessThan(expected[i - 1] as number);
    expect(gradient.extremes?.rateRatio.value).toBeCloseTo((expected[0] as number) / (expected[4] as number), 10);
    expect(gradient.status).toBe("ok");
    expect(gradient.sii.value as number).toBeLessThan(0);
    expect(gradient.sii.upper as number).toBeLessThan(0);
    expect(gradient.rii.upper as number).toBeLessThan(1);
    expect(gradient.issues.map((i) => i.kind)).toEqual(["unmatched-lsoa", "outside-area"]);
  });
});
