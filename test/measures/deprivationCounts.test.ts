import { describe, expect, it } from "vitest";
import { ArgumentError, deprivationCounts, deprivationOfLsoa } from "../../src/index.js";

describe("deprivationCounts", () => {
  it("sums counts by LSOA into WIMD quintiles, reporting every record it cannot place", () => {
    const c = deprivationCounts([
      { group: "W01001421", count: 12 }, // St. James 3, Caerphilly, Q1
      { group: " w01001440 ", count: 3 }, // Blaenau Gwent, Q2
      { group: "W01000001", count: 4 }, // Isle of Anglesey: Welsh, outside Gwent
      { group: "E01000001", count: 2 },
      { group: "", count: 1 },
    ]);
    expect(deprivationOfLsoa("W01001440")?.quintile).toBe("Q2");
    expect(c.counts).toEqual([
      { group: "Q1", count: 12 },
      { group: "Q2", count: 3 },
      { group: "Q3", count: 0 },
      { group: "Q4", count: 0 },
      { group: "Q5", count: 0 },
    ]);
    expect(c.area).toEqual({ code: "W15000002", name: "Gwent" });
    expect(c.total).toBe(22);
    expect(c.matched + c.issues.reduce((s, i) => s + i.count, 0)).toBe(c.total);
    expect(c.issues).toEqual([
      {
        kind: "unmatched-lsoa",
        group: null,
        count: 3,
        lsoas: [{ code: "", count: 1 }, { code: "E01000001", count: 2 }],
        message: "3 records have a blank LSOA code or one that is not a Welsh 2011 LSOA in WIMD 2019 (2 codes), so they have no deprivation group and are left out.",
      },
      {
        kind: "outside-area",
        group: null,
        count: 4,
        lsoas: [{ code: "W01000001", count: 4 }],
        message: "4 records are in 1 Welsh LSOAs outside Gwent, so they are left out of its rates.",
      },
    ]);
    expect(Object.isFrozen(c.issues[0]?.lsoas)).toBe(true);
  });

  it("adds codes that differ only in case and spaces", () => {
    expect(deprivationCounts({ W01001421: 2, "w01001421 ": 5 }).counts[0]?.count).toBe(7);
  });

  it("keeps all of Wales with area null, and narrows to an LPA or local authority", () => {
    expect(deprivationCounts({ W01000001: 4 }, { area: null }).counts.map((q) => q.count)).toEqual([0, 0, 4, 0, 0]);
    expect(deprivationCounts({ W01001421: 4 }, { area: "East LPA" }).issues[0]?.kind).toBe("outside-area");
    expect(deprivationCounts({ W01001421: 4 }, { area: "Caerphilly" }).matched).toBe(4);
  });

  it("groups by decile on request", () => {
    const c = deprivationCounts({ W01001421: 4 }, { by: "decile" });
    expect(c.counts).toHaveLength(10);
    expect(c.counts[0]).toEqual({ group: "D1", count: 4 });
  });

  it("throws ArgumentError for invalid input", () => {
    expect(() => deprivationCounts({ W01001421: -1 })).toThrow(new ArgumentError("deprivationCounts", 'counts["W01001421"]', "must not be negative", -1));
    expect(() => deprivationCounts({}, { area: "Cardiff" })).toThrow(ArgumentError);
    expect(() => deprivationCounts({}, { by: "tercile" as never })).toThrow('deprivationCounts: options.by must be "quintile" or "decile"; received "tercile"');
    expect(() => deprivationCounts(null as never)).toThrow("deprivationCounts: counts must be an array of { group, count } or a record of counts; received null");
  });
});
