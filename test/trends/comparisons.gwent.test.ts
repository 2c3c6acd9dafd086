import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareRatios, compareToBaseline, gwentPopulation, type PeriodCount, type RatioPeriod } from "../../src/index.js";
import { countExtract } from "../../src/node/countExtract.js";
import type { FixtureCase } from "../_helpers/fixtures.js";
import { resultMismatches } from "../_helpers/resultMismatches.js";
import { SHARED_DATA } from "../_helpers/sharedData.js";

// The worked example of docs/methods/periods-and-comparisons.md: Gwent stop and search by
// self-defined ethnicity (data.police.uk, counted with countExtract) over the Census 2011
// populations, one baseline for every year. 2019/20 has 11 months (August 2019 is missing), so its
// person-time is population x 11/12. The expected figures are R's (fixtures/generators/trends.R).

const FOLDER = "police-uk/gwent-stop-and-search-2019-04-to-2022-03";
const fixture = (JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "trends", "comparisons.json"), "utf8")) as { cases: FixtureCase[] }).cases;
const rules = { tolerance: (key: string) => (key === "lower" || key === "upper" || key === "pValue" ? 1e-6 : 1e-9), absolute: 1e-12 };

describe("Gwent stop and search, 2019/20 against 2021/22 (Census 2011 baseline)", async () => {
  const { counts, summary } = await countExtract(join(SHARED_DATA, FOLDER), "police-uk-stop-search", { by: ["financialYear", "ethnicity"] });
  const months = await countExtract(join(SHARED_DATA, FOLDER), "police-uk-stop-search", { by: ["month"] });
  const census = gwentPopulation({ census: 2011 });
  const count = (year: string, group: string) => counts.find((c) => c["financialYear"] === year && c["ethnicity"] === group)?.count as number;
  const population = (group: string) => census.groups.find((g) => g.group === group)?.population as number;
  const side = (year: string, group: string): PeriodCount => ({ count: count(year, group), population: population(group), period: year === "2019/20" ? { months: 11 } : year });
  const period = (year: string, group: string): RatioPeriod => ({ group: side(year, group), reference: side(year, "White") });
  const expected = (fn: string, args: unknown[]) => fixture.find((c) => c.fn === fn && JSON.stringify(c.args) === JSON.stringify(args))?.expected;

  it("has every row, and 11 months in 2019/20 and 12 in 2021/22", () => {
    expect(summary.rejected).toBe(0);
    const keys = months.counts.map((c) => String(c["month"]));
    expect(keys.filter((m) => m >= "2019-04" && m <= "2020-03")).toHaveLength(11);
    expect(keys).not.toContain("2019-08");
    expect(keys.filter((m) => m >= "2021-04" && m <= "2022-03")).toHaveLength(12);
  });

  it("counts Black 111 → 70, Asian 191 → 77, White 2,054 → 1,657 over populations 3,185, 11,694 and 554,377", () => {
    expect([count("2019/20", "Black"), count("2021/22", "Black"), count("2019/20", "Asian"), count("2021/22", "Asian"), count("2019/20", "White"), count("2021/22", "White")]).toEqual([111, 70, 191, 77, 2054, 1657]);
    expect([population("Black"), population("Asian"), population("White")]).toEqual([3185, 11694, 554377]);
  });

  it("the Black/White ratio fell from 9.41 to 7.35 (ratio of ratios 0.78, 0.58–1.06): not distinguishable from noise", () => {
    const before = period("2019/20", "Black");
    const after = period("2021/22", "Black");
    const change = compareRatios(before, after);
    expect(resultMismatches(change, expected("compareRatios", [before, after, { level: 0.95, method: "auto" }]), rules)).toEqual([]);
    expect([change.before.ratio.value, change.after.ratio.value].map((v) => Number(v?.toFixed(2)))).toEqual([9.41, 7.35]);
    expect([change.value, change.lower, change.upper].map((v) => Number(v?.toFixed(2)))).toEqual([0.78, 0.58, 1.06]);
    expect(Number(change.pValue.toFixed(3))).toBe(0.115);
    expect([change.method, change.comparison]).toEqual(["wald", "similar"]);
    const exact = compareRatios(before, after, { method: "exact" });
    expect([exact.lower, exact.upper, exact.pValue].map((v) => Number(v.toFixed(3)))).toEqual([0.567, 1.072, 0.125]);
  });

  it("the Asian/White ratio halved, from 4.41 to 2.20 (0.50, 0.38–0.66): a real fall", () => {
    const change = compareRatios(period("2019/20", "Asian"), period("2021/22", "Asian"));
    expect([change.before.ratio.value, change.after.ratio.value, change.value, change.lower, change.upper].map((v) => Number(v?.toFixed(2)))).toEqual([4.41, 2.2, 0.5, 0.38, 0.66]);
    expect(change.comparison).toBe("lower");
  });

  it("both rates fell: Black 38.0 → 22.0 and White 4.04 → 2.99 per 1,000 person-years", () => {
    for (const [group, rates, change] of [["Black", [38.0, 22.0], -42.2], ["White", [4.04, 2.99], -26.1]] as const) {
      const args = [side("2021/22", group), side("2019/20", group)] as const;
      const c = compareToBaseline(...args);
      expect(resultMismatches(c, expected("compareToBaseline", [...args, { level: 0.95 }]), rules), group).toEqual([]);
      expect([c.current.rate, c.baseline.rate].map((r) => Number(r.toFixed(group === "Black" ? 1 : 2)))).toEqual([rates[1], rates[0]]);
      expect(Number(c.percentChange.value?.toFixed(1))).toBe(change);
      expect(c.comparison).toBe("lower");
    }
  });
});
