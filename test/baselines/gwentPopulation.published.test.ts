import { describe, expect, it } from "vitest";
import { gwentPopulation, type Baseline } from "../../src/index.js";

// Figures published in shared/data/FINDINGS.md and PROVENANCE.md (from StatsWales, ONS, Nomis,
// BBC News and the Welsh Language Commissioner), typed in here by hand.

const AREAS = ["Blaenau Gwent", "Caerphilly", "Monmouthshire", "Newport", "Torfaen", "Gwent"] as const;
const population = (baseline: Baseline, group: string) => baseline.groups.find((g) => g.group === group)?.population;
const percent = (baseline: Baseline, group: string) => Math.round((1000 * (population(baseline, group) as number)) / baseline.total) / 10;

describe("gwentPopulation reproduces the published Gwent figures", () => {
  it("TS009 usual residents (FINDINGS 1a, StatsWales): Gwent 587,655", () => {
    const published = [66899, 175948, 92958, 159587, 92263, 587655];
    expect(AREAS.map((area) => gwentPopulation({ area, by: "total" }).total)).toEqual(published);
  });

  it("TS021 five groups, unrounded (FINDINGS addendum): Gwent 587,686", () => {
    const published: Record<(typeof AREAS)[number], number[]> = {
      "Blaenau Gwent": [66903, 621, 115, 569, 65456, 142],
      Caerphilly: [175955, 1584, 283, 1754, 171955, 379],
      Monmouthshire: [92960, 1185, 230, 1115, 90106, 324],
      Newport: [159592, 12194, 3737, 4451, 136473, 2737],
      Torfaen: [92276, 1202, 228, 1005, 89596, 245],
      Gwent: [587686, 16786, 4593, 8894, 553586, 3827],
    };
    for (const area of AREAS) {
      const b = gwentPopulation({ area });
      expect([b.total, ...b.groups.map((g) => g.population)], area).toEqual(published[area]);
    }
  });

  it("the rounded ethnic group by sex cells (FINDINGS 1b): sum 587,655, and the LAs without suppressed cells", () => {
    expect(gwentPopulation({ by: "ethnicity-sex" }).total).toBe(587655);
    const bothSexes = (area: string) => {
      const groups = gwentPopulation({ area, by: "ethnicity-sex" }).groups;
      return ["Asian", "Black", "Mixed", "White", "Other"].map((e) =>
        groups.filter((g) => g.categories?.["ethnicity"] === e).reduce((a, g) => a + (g.population as number), 0),
      );
    };
    expect(bothSexes("Newport")).toEqual([12195, 3730, 4460, 136475, 2735]);
    expect(bothSexes("Torfaen")).toEqual([1205, 225, 1005, 89600, 240]);
    // FINDINGS 1c, Gwent column, for groups with no suppressed cell
    const detail = gwentPopulation({ by: "ethnicity-detailed-sex" }).groups;
    const gwent = (ethnicity: string) => detail.filter((g) => g.categories?.["ethnicity"] === ethnicity).reduce((a, g) => a + (g.population as number), 0);
    expect(["English, Welsh, Scottish, Northern Irish or British", "Pakistani", "Other White", "Arab"].map(gwent)).toEqual([537030, 5220, 13490, 1260]);
  });

  it("the six suppressed rounded cells of FINDINGS 1b are suppressed, not zero, and named in every sum that lacks them", () => {
    const suppressed = (area: string) =>
      gwentPopulation({ area, by: "ethnicity-detailed-sex" }).groups.filter((g) => g.suppressed).map((g) => g.group);
    expect(suppressed("Caerphilly")).toEqual(["Bangladeshi (Female)"]);
    expect(suppressed("Blaenau Gwent")).toEqual(["Other Black (Female)", "Other Black (Male)", "Roma (Female)", "Roma (Male)"]);
    expect(suppressed("Monmouthshire")).toEqual(["Roma (Female)"]);
    expect(suppressed("Gwent")).toEqual([]);
    const gwent = gwentPopulation({ by: "ethnicity-sex" }).groups;
    expect(gwent.filter((g) => g.suppressed)).toEqual([]);
    expect(gwent.flatMap((g) => g.suppressedParts ?? []).sort()).toEqual([
      "Bangladeshi (Female) in Caerphilly",
      "Other Black (Female) in Blaenau Gwent",
      "Other Black (Male) in Blaenau Gwent",
      "Roma (Female) in Blaenau Gwent",
      "Roma (Female) in Monmouthshire",
      "Roma (Male) in Blaenau Gwent",
    ]);
    // FINDINGS 1b: the five groups with the suppressed cells counted as 0.
    expect(Object.fromEntries(["Asian", "Black", "Mixed", "White", "Other"].map((e) => [e, gwent.filter((g) => g.categories?.["ethnicity"] === e).reduce((s, g) => s + (g.population ?? 0), 0)]))).toEqual({
      Asian: 16785, Black: 4570, Mixed: 8900, White: 553575, Other: 3825,
    });
  });

  it("Census 2011 QS201EW (FINDINGS 1g): Gwent 576,754, the five groups and the detail", () => {
    const published: Record<(typeof AREAS)[number], number[]> = {
      "Blaenau Gwent": [69814, 68750, 394, 485, 95, 90],
      Caerphilly: [178806, 175845, 1174, 1346, 242, 199],
      Monmouthshire: [91323, 89526, 624, 900, 144, 129],
      Newport: [145736, 131025, 2752, 7986, 2535, 1438],
      Torfaen: [91075, 89231, 603, 977, 169, 95],
      Gwent: [576754, 554377, 5547, 11694, 3185, 1951],
    };
    for (const area of AREAS) {
      const b = gwentPopulation({ census: 2011, area });
      expect([b.total, ...b.groups.map((g) => g.population)], area).toEqual(published[area]);
    }
    const detail = gwentPopulation({ census: 2011, by: "ethnicity-detailed" });
    expect(detail.groups.map((g) => g.population)).toEqual([
      544580, 1975, 348, 7474, 2346, 697, 1441, 1063, 2164, 3407, 1927, 1618, 2578, 1803, 1060, 322, 1088, 863,
    ]);
  });

  it("ONS mid-2020 estimates (FINDINGS 1h): Gwent 598,194", () => {
    expect(AREAS.map((area) => gwentPopulation({ census: "mid-2020", area, by: "total" }).total)).toEqual([
      70020, 181731, 95164, 156447, 94832, 598194,
    ]);
  });

  it("mid-2020 population by WIMD 2019 quintile (FINDINGS addendum)", () => {
    expect(gwentPopulation({ by: "deprivation" }).groups.map((g) => g.population)).toEqual([162025, 122083, 116516, 103389, 94181]);
  });

  it("each table's own LA totals (PROVENANCE: TS008, TS007A, TS030, TS038)", () => {
    const totals = (by: "sex" | "age" | "religion" | "disability") => AREAS.slice(0, 5).map((area) => gwentPopulation({ area, by }).total);
    expect(totals("sex")).toEqual([66904, 175952, 92957, 159587, 92276]);
    expect(totals("age")).toEqual([66900, 175945, 92957, 159592, 92276]);
    expect(totals("religion")).toEqual([66904, 175953, 92959, 159592, 92272]);
    expect(totals("disability")).toEqual([66904, 175952, 92957, 159592, 92276]);
  });

  it("the published percentages: disabled, no religion, Christian, Welsh speakers", () => {
    expect(AREAS.slice(0, 5).map((area) => percent(gwentPopulation({ area, by: "disability" }), "Disabled under the Equality Act"))).toEqual([
      24.9, 23.6, 19.3, 19.7, 23.3,
    ]);
    expect(percent(gwentPopulation({ area: "Caerphilly", by: "religion" }), "No religion")).toBe(56.7);
    expect(percent(gwentPopulation({ area: "Blaenau Gwent", by: "religion" }), "No religion")).toBe(56.4);
    expect(percent(gwentPopulation({ area: "Blaenau Gwent", by: "religion" }), "Christian")).toBe(36.5);
    expect(percent(gwentPopulation({ area: "Caerphilly", by: "religion" }), "Christian")).toBe(36.4);
    const speak = (area: string) => percent(gwentPopulation({ area, by: "welsh-language" }), "Can speak Welsh");
    expect([speak("Blaenau Gwent"), speak("Newport"), speak("Torfaen")]).toEqual([6.2, 7.5, 8.2]);
  });

  it("TS077's bases of people aged 16 and over, and gender identity within 3 of them", () => {
    const bases = AREAS.slice(0, 5).map((area) => gwentPopulation({ area, by: "sexual-orientation" }).total);
    expect(bases).toEqual([55144, 143482, 78240, 127423, 75113]);
    AREAS.slice(0, 5).forEach((area, i) => {
      expect(Math.abs(gwentPopulation({ area, by: "gender-identity" }).total - (bases[i] as number))).toBeLessThanOrEqual(3);
    });
  });

  it("TS033 speakers equal the four TS032 \"can speak\" categories (Blaenau Gwent 4,035)", () => {
    expect(population(gwentPopulation({ area: "Blaenau Gwent", by: "welsh-language" }), "Can speak Welsh")).toBe(4035);
    const skills = gwentPopulation({ area: "Blaenau Gwent", by: "welsh-language-detailed" }).groups;
    const speakers = skills.filter((g) => g.categories?.["group"] === "Can speak Welsh").map((g) => g.population);
    expect(speakers).toEqual([3048, 602, 289, 96]);
  });
});
